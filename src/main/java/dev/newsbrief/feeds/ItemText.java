package dev.newsbrief.feeds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An item tokenized once for all topics: its tokens in order (a {@code null} between title and body, so a
 * phrase cannot span them) and its keys, every token plus every pair of adjacent CJK characters.
 */
final class ItemText {
  private final String[] tokens;
  private final Set<String> keys;

  private ItemText(String[] tokens, Set<String> keys) {
    this.tokens = tokens;
    this.keys = keys;
  }

  /** The tokens of a title and a body; either may be null. */
  static ItemText of(String title, String body) {
    // about one token per six characters of English; sized once instead of grown several times per item
    int length = (title == null ? 0 : title.length()) + (body == null ? 0 : body.length());
    List<String> list = new ArrayList<>(length / 5 + 8);
    if (title != null) {
      TopicText.tokenize(TopicText.fold(title), list);
    }
    list.add(null);
    if (body != null) {
      TopicText.tokenize(TopicText.fold(body), list);
    }
    String[] tokens = list.toArray(new String[0]);
    Set<String> keys = new HashSet<>(tokens.length * 2);
    boolean previousCjk = false;
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      if (token == null) {
        previousCjk = false;
        continue;
      }
      keys.add(token);
      boolean cjk = TopicText.isCjkToken(token);
      if (cjk && previousCjk) {
        keys.add(tokens[i - 1] + token);
      }
      previousCjk = cjk;
    }
    return new ItemText(tokens, keys);
  }

  /** Every key of this item: the index is looked up with each. */
  Set<String> keys() {
    return keys;
  }

  /** Whether these tokens stand here consecutively. */
  boolean contains(String[] want) {
    for (String token : want) {
      if (!keys.contains(token)) {
        return false;
      }
    }
    if (want.length == 1) {
      return true;
    }
    String first = want[0];
    for (int i = 0; i + want.length <= tokens.length; i++) {
      if (first.equals(tokens[i]) && followsAt(want, i)) {
        return true;
      }
    }
    return false;
  }

  private boolean followsAt(String[] want, int start) {
    for (int k = 1; k < want.length; k++) {
      if (!want[k].equals(tokens[start + k])) {
        return false;
      }
    }
    return true;
  }
}
