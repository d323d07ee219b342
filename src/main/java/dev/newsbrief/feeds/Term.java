package dev.newsbrief.feeds;

import java.util.List;
import java.util.Set;

/**
 * One word or quoted phrase of a topic, as tokens: stemmed words and single CJK characters. It matches where its
 * tokens stand consecutively in an item, so a Latin phrase is consecutive words and a CJK term is a substring.
 *
 * @param display the term as typed (after NFKC), quotes and minus included, for "matched: ..."
 * @param tokens  at least one token
 */
record Term(String display, List<String> tokens) {
  /** Words too common to pick as a topic's index key when the topic has a better one. */
  private static final Set<String> COMMON = Set.of("the", "a", "an", "of", "in", "on", "to", "and", "for", "is",
      "with", "at", "by", "from", "new", "as", "it", "that", "or", "be", "no", "not");
  /** A CJK bigram is about as selective as a word of this many letters. */
  private static final int BIGRAM_SCORE = 8;

  Term {
    tokens = List.copyOf(tokens);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a term needs a token");
    }
  }

  /** The normalized form: CJK characters run together, words spaced, quoted when it has several parts. */
  String canonical() {
    StringBuilder b = new StringBuilder();
    String previous = null;
    for (String token : tokens) {
      if (previous != null && !(TopicText.isCjkToken(previous) && TopicText.isCjkToken(token))) {
        b.append(' ');
      }
      b.append(token);
      previous = token;
    }
    return b.indexOf(" ") >= 0 ? '"' + b.toString() + '"' : b.toString();
  }

  /**
   * The item key this term cannot match without: its first CJK bigram when it has one, else its most selective
   * token (the longest word, common words last, a lone CJK character least).
   */
  String indexKey() {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (TopicText.isCjkToken(tokens.get(i)) && TopicText.isCjkToken(tokens.get(i + 1))) {
        return tokens.get(i) + tokens.get(i + 1);
      }
    }
    String best = tokens.get(0);
    for (String token : tokens) {
      if (score(token) > score(best)) {
        best = token;
      }
    }
    return best;
  }

  /** How selective {@link #indexKey()} is likely to be: higher is rarer. */
  int indexScore() {
    String key = indexKey();
    if (key.codePointCount(0, key.length()) == 2 && TopicText.isCjkToken(key)
        && TopicText.isCjk(key.codePointBefore(key.length()))) {
      return BIGRAM_SCORE;
    }
    return score(key);
  }

  private static int score(String token) {
    if (TopicText.isCjkToken(token)) {
      return 1;
    }
    return COMMON.contains(token) ? 0 : token.length() + 1;
  }
}
