package dev.newsbrief.extract;

/** Counting words and reading time across scripts. */
public final class TextStats {
  private TextStats() {
  }

  /** Words in {@code text}: runs of letters or digits, and each CJK ideograph, kana or hangul syllable alone. */
  public static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isCjk(cp)) {
        words++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) {
          words++;
        }
        inWord = true;
      } else if (cp != '\'' && cp != '’' && cp != '-') {
        inWord = false;
      }
    }
    return words;
  }

  /** Minutes a reader needs, at least 1: ~230 words a minute, ~400 characters a minute for CJK. */
  public static int readingMinutes(String text) {
    int cjk = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isCjk(cp)) {
        cjk++;
      }
    }
    int other = wordCount(text) - cjk;
    double minutes = other / 230.0 + cjk / 400.0;
    return Math.max(1, (int) Math.round(minutes));
  }

  /** True for Han ideographs, kana and hangul: scripts written without spaces between words. */
  public static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }
}
