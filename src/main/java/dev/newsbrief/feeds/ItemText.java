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
    List<String> list = new ArrayList<>();
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

  /** Whether the term's tokens stand here consecutively. */
  boolean contains(Term term) {
    List<String> want = term.tokens();
    for (int i = 0; i < want.size(); i++) {
      if (!keys.contains(want.get(i))) {
        return false;
      }
    }
    if (want.size() == 1) {
      return true;
    }
    String first = want.get(0);
    for (int i = 0; i + want.size() <= tokens.length; i++) {
      if (first.equals(tokens[i]) && followsAt(want, i)) {
        return true;
      }
    }
    return false;
  }

  private boolean followsAt(List<String> want, int start) {
    for (int k = 1; k < want.size(); k++) {
      if (!want.get(k).equals(tokens[start + k])) {
        return false;
      }
    }
    return true;
  }
}
