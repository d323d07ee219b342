package dev.newsbrief.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of literal words, any of which may occur anywhere in a string: the same answer as {@code find()} with the
 * alternation "w1|w2|...", without trying every word at every position. Class names are checked this way on
 * every element of every page. Immutable and thread-safe.
 */
final class Keywords {
  /** Words by their first character: an array for ASCII (most class names), a map for the rest. */
  private final String[][] byAsciiChar = new String[128][];
  private final Map<Character, String[]> byOtherChar = new HashMap<>();

  private Keywords(Map<Character, List<String>> byFirstChar) {
    byFirstChar.forEach((c, list) -> {
      if (c < 128) {
        byAsciiChar[c] = list.toArray(String[]::new);
      } else {
        byOtherChar.put(c, list.toArray(String[]::new));
      }
    });
  }

  /** The words, matched exactly as written (callers lower-case the text they check). */
  static Keywords of(String... words) {
    Map<Character, List<String>> lists = new HashMap<>();
    for (String word : words) {
      if (word.isEmpty()) {
        throw new IllegalArgumentException("empty keyword");
      }
      lists.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
    }
    return new Keywords(lists);
  }

  /** True when one of the words occurs in {@code text}. */
  boolean foundIn(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String[] candidates = c < 128 ? byAsciiChar[c] : byOtherChar.isEmpty() ? null : byOtherChar.get(c);
      if (candidates == null) {
        continue;
      }
      for (String word : candidates) {
        if (text.startsWith(word, i)) {
          return true;
        }
      }
    }
    return false;
  }
}
