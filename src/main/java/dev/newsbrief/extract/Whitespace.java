package dev.newsbrief.extract;

/** Collapses whitespace the way a reader sees it, without putting spaces between CJK characters. */
final class Whitespace {
  private Whitespace() {
  }

  /** Runs of whitespace (incl. no-break and ideographic spaces) become one space, or none between CJK characters. */
  static String normalize(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean pendingSpace = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace && !(isWide(out.charAt(out.length() - 1)) && isWide(c))) {
        out.append(' ');
      }
      pendingSpace = false;
      out.append(c);
    }
    return out.toString();
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\u200b' || c == '\ufeff'
        || c == '\u2007' || c == '\u202f';
  }

  /** Han, kana and fullwidth punctuation: text written without spaces between words (unlike Korean). */
  static boolean isWide(char c) {
    return (c >= '\u2e80' && c <= '\u9fff') || (c >= '\uf900' && c <= '\ufaff')
        || (c >= '\uff00' && c <= '\uffef') || (c >= '\u3000' && c <= '\u303f');
  }
}
