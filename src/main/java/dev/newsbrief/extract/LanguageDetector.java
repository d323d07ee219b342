package dev.newsbrief.extract;

/** Guesses a text's language from its script and common words. */
public final class LanguageDetector {
  private LanguageDetector() {
  }

  /** A BCP-47 primary tag such as {@code zh}, {@code en}, {@code ru}, or null when the text is too short. */
  public static String detect(String text) {
    int han = 0;
    int kana = 0;
    int hangul = 0;
    int cyrillic = 0;
    int latin = 0;
    int arabic = 0;
    int greek = 0;
    int limit = Math.min(text.length(), 20_000);
    for (int i = 0; i < limit; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      switch (Character.UnicodeScript.of(cp)) {
        case HAN -> han++;
        case HIRAGANA, KATAKANA -> kana++;
        case HANGUL -> hangul++;
        case CYRILLIC -> cyrillic++;
        case LATIN -> latin++;
        case ARABIC -> arabic++;
        case GREEK -> greek++;
        default -> { }
      }
    }
    int letters = han + kana + hangul + cyrillic + latin + arabic + greek;
    if (letters < 10) {
      return null;
    }
    if (kana > 0 && kana * 10 >= han) {
      return "ja";
    }
    if (hangul * 2 >= letters) {
      return "ko";
    }
    if (han * 5 >= letters) {
      return "zh";
    }
    if (cyrillic * 2 >= letters) {
      return "ru";
    }
    if (arabic * 2 >= letters) {
      return "ar";
    }
    if (greek * 2 >= letters) {
      return "el";
    }
    return latin * 2 >= letters ? "en" : null;
  }
}
