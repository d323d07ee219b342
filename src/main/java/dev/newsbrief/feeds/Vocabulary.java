package dev.newsbrief.feeds;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers every token and CJK bigram the topics of one matcher use, so an item is read once into ids and the
 * per-candidate checks compare ints in arrays instead of hashing strings. Built once, then read-only.
 */
final class Vocabulary {
  /** The id of an item token no topic uses. */
  static final int UNKNOWN = -1;
  /** Between title and body: no phrase spans it. */
  static final int BREAK = -2;

  private final Map<String, Integer> ids = new HashMap<>();
  /** Two token ids (high and low half) to the id of their bigram key. */
  private final Map<Long, Integer> bigrams = new HashMap<>();

  /** The id of {@code token}, numbering it when new. */
  int add(String token) {
    Integer id = ids.get(token);
    if (id == null) {
      id = ids.size();
      ids.put(token, id);
    }
    return id;
  }

  /** Numbers a key: a token, or a bigram of two CJK characters (whose characters are numbered as tokens too). */
  int addKey(String key) {
    int first = key.codePointAt(0);
    int split = Character.charCount(first);
    if (split < key.length() && TopicText.isCjk(first) && TopicText.isCjk(key.codePointAt(split))
        && split + Character.charCount(key.codePointAt(split)) == key.length()) {
      int a = add(key.substring(0, split));
      int b = add(key.substring(split));
      int id = add(key);
      bigrams.put(pair(a, b), id);
      return id;
    }
    return add(key);
  }

  /** The id of an item token, or {@link #UNKNOWN}. */
  int lookup(String token) {
    Integer id = ids.get(token);
    return id == null ? UNKNOWN : id;
  }

  /** The id of the bigram of two adjacent CJK tokens, or {@link #UNKNOWN}. */
  int bigram(int first, int second) {
    Integer id = bigrams.get(pair(first, second));
    return id == null ? UNKNOWN : id;
  }

  int size() {
    return ids.size();
  }

  private static long pair(int a, int b) {
    // mixed: Long.hashCode of the plain pair is a ^ b, which piles small ids into few buckets
    return (((long) a << 32) | (b & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
  }
}
