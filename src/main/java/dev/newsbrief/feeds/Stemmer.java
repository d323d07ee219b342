package dev.newsbrief.feeds;

import java.util.Set;

/**
 * Light stemming, applied alike to topic words and item words so that "chip" finds "chips" and "raised" finds
 * "raise", while "gas" stays apart from "gasoline". English: plurals (s, es, ies), -ed, -ing, a final y or e.
 * Russian: one common case or plural ending, keeping a stem of at least three letters. Other words are kept.
 * Stems are keys, not words: "price" becomes "pric", the same for the topic and the item.
 */
final class Stemmer {
  /** Words that only look like plurals. */
  private static final Set<String> KEEP = Set.of("news", "series", "species", "always", "perhaps", "physics",
      "economics", "politics", "analysis", "crisis", "status", "bus", "gas", "its", "was", "has", "this");
  /** Russian endings, longest first. */
  private static final String[] RUSSIAN_ENDINGS = {
      "иями", "ями", "ами", "его", "ого", "ему", "ому", "ыми", "ими", "ией",
      "ия", "ие", "ии", "ию", "ий", "ый", "ой", "ей", "ая", "яя", "ое", "ее", "ые", "ом", "ем", "ах", "ях",
      "ам", "ям", "ов", "ев", "ую", "юю", "ью", "ья", "ье", "ьи",
      "а", "я", "ы", "и", "у", "ю", "е", "о", "ь", "й"};

  private Stemmer() {
  }

  /** The stem of a folded word. */
  static String stem(String word) {
    if (word.length() <= 3) {
      return word;
    }
    char first = word.charAt(0);
    if (first >= 'a' && first <= 'z' && isAsciiLetters(word)) {
      return english(word);
    }
    if (first >= 'а' && first <= 'я') {
      return russian(word);
    }
    return word;
  }

  private static String english(String word) {
    if (KEEP.contains(word)) {
      return word;
    }
    String s = plural(word);
    if (s.endsWith("ing") && isStem(s, 3)) {
      s = undouble(s.substring(0, s.length() - 3));
    } else if (s.endsWith("ed") && isStem(s, 2)) {
      s = undouble(s.substring(0, s.length() - 2));
    }
    int n = s.length();
    if (n > 3 && s.charAt(n - 1) == 'y' && !isVowel(s.charAt(n - 2))) {
      return s.substring(0, n - 1) + "i"; // company, companies: compani
    }
    if (n > 3 && s.charAt(n - 1) == 'e') {
      return s.substring(0, n - 1); // raise, raised, raising: rais
    }
    return s;
  }

  private static String plural(String s) {
    int n = s.length();
    if (n > 4 && s.endsWith("ies")) {
      return s.substring(0, n - 3) + "i";
    }
    if (n > 4 && (s.endsWith("ses") || s.endsWith("xes") || s.endsWith("zes") || s.endsWith("ches")
        || s.endsWith("shes"))) {
      return s.substring(0, n - 2);
    }
    if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
      return s.substring(0, n - 1);
    }
    return s;
  }

  /** Whether cutting {@code suffix} letters leaves a stem of three letters or more with a vowel in it. */
  private static boolean isStem(String s, int suffix) {
    int n = s.length() - suffix;
    if (n < 3) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (isVowel(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** "stopp" (from stopped) becomes "stop"; "fall" and "pass" keep their double letter. */
  private static String undouble(String s) {
    int n = s.length();
    if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && !isVowel(s.charAt(n - 1)) && "lsz".indexOf(s.charAt(n - 1)) < 0) {
      return s.substring(0, n - 1);
    }
    return s;
  }

  private static String russian(String word) {
    for (String ending : RUSSIAN_ENDINGS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
        return word.substring(0, word.length() - ending.length());
      }
    }
    return word;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  private static boolean isAsciiLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
