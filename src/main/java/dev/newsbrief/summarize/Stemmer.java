package dev.newsbrief.summarize;

/**
 * Light suffix stripping so that "rates"/"rate" and "выборы"/"выборах" meet in one term. Deliberately
 * crude: it only has to make a sentence's words match another sentence's, never to produce real stems.
 */
final class Stemmer {
  private static final String[] RUSSIAN_ENDINGS = {
      "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "ией", "ах", "ях", "ов", "ев",
      "ей", "ой", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ом", "ем", "ам", "ям", "ия",
      "а", "я", "о", "е", "ы", "и", "у", "ю", "ь"};

  private Stemmer() {
  }

  /** The stem of a lower-case {@code word} in {@code language}; other languages pass through. */
  static String stem(String word, String language) {
    if ("ru".equals(language)) {
      return russian(word);
    }
    if (language == null || "en".equals(language) || isAsciiLetters(word)) {
      return english(word);
    }
    return word;
  }

  static String english(String word) {
    if (word.length() <= 3 || !isAsciiLetters(word)) {
      return word;
    }
    String w = word;
    if (w.endsWith("ies") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("sses")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ing") && w.length() > 5) {
      w = undouble(w.substring(0, w.length() - 3));
    } else if (w.endsWith("ed") && w.length() > 4) {
      w = undouble(w.substring(0, w.length() - 2));
    }
    if (w.endsWith("e") && w.length() > 3) {
      w = w.substring(0, w.length() - 1); // "rate"/"rated" -> "rat"
    }
    return w;
  }

  private static String undouble(String w) {
    int n = w.length();
    if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  static String russian(String word) {
    String w = word.replace('ё', 'е');
    for (String ending : RUSSIAN_ENDINGS) {
      if (w.endsWith(ending) && w.length() - ending.length() >= 3) {
        return w.substring(0, w.length() - ending.length());
      }
    }
    return w;
  }

  private static boolean isAsciiLetters(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
