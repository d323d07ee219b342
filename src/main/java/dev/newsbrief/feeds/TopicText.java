package dev.newsbrief.feeds;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Folding and tokenizing, the same for topics and items: NFKC (full width to half width), lower case,
 * diacritics stripped from Latin, Greek and Cyrillic letters only (NFD would also take Hangul and kana apart),
 * then words (runs of letters and digits, lightly stemmed) and single CJK characters as tokens.
 */
final class TopicText {
  private TopicText() {
  }

  /** {@code raw} folded: NFKC, lower case, marks removed from Latin/Greek/Cyrillic letters (but not from й). */
  static String fold(String raw) {
    if (isAsciiOrPlainHan(raw)) {
      return raw.toLowerCase(Locale.ROOT);
    }
    return slowFold(raw);
  }

  /** {@link #fold} without the fast path: NFKC and mark stripping, character by character. */
  static String slowFold(String raw) {
    String n = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(n.length());
    boolean afterStrippable = false;
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        b.append((char) cp);
        afterStrippable = false;
      } else if (Character.getType(cp) == Character.NON_SPACING_MARK) {
        // a lone mark after a Latin letter (no precomposed form) goes too; after other scripts it stays
        if (!afterStrippable) {
          b.appendCodePoint(cp);
        }
      } else if (hasStrippableMarks(cp)) {
        for (char c : Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD).toCharArray()) {
          if (Character.getType(c) != Character.NON_SPACING_MARK) {
            b.append(c);
          }
        }
        afterStrippable = true;
      } else {
        b.appendCodePoint(cp);
        afterStrippable = false;
      }
    }
    return b.toString();
  }

  /**
   * Appends the tokens of folded text to {@code out}: stemmed words and one token per CJK character.
   * Punctuation and spaces only separate (so "covid-19" is the words covid, 19).
   */
  static void tokenize(String folded, List<String> out) {
    spans(folded, (start, end, cjk) -> out.add(cjk ? folded.substring(start, end)
        : Stemmer.stem(folded.substring(start, end))));
  }

  /** Receives the tokens of folded text as spans: a word (to be stemmed) or one CJK character. */
  @FunctionalInterface
  interface SpanSink {
    void span(int start, int end, boolean cjk);
  }

  /** The one definition of where tokens are: {@link #tokenize} and the matcher's reader both use it. */
  static void spans(String folded, SpanSink sink) {
    int wordStart = -1;
    int n = folded.length();
    for (int i = 0; i < n; ) {
      int cp = folded.codePointAt(i);
      int len = Character.charCount(cp);
      if (cp < 0x80) {
        // ASCII, most of every item: letters and digits continue a word, anything else ends it
        if (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z') {
          if (wordStart < 0) {
            wordStart = i;
          }
        } else if (wordStart >= 0) {
          sink.span(wordStart, i, false);
          wordStart = -1;
        }
      } else if (isCjk(cp)) {
        if (wordStart >= 0) {
          sink.span(wordStart, i, false);
          wordStart = -1;
        }
        sink.span(i, i + len, true);
      } else if (Character.isLetterOrDigit(cp) || wordStart >= 0 && isMark(cp)) {
        if (wordStart < 0) {
          wordStart = i;
        }
      } else if (wordStart >= 0) {
        sink.span(wordStart, i, false);
        wordStart = -1;
      }
      i += len;
    }
    if (wordStart >= 0) {
      sink.span(wordStart, n, false);
    }
  }

  /** Whether a token is one CJK character (Han, kana or Hangul), matched as a substring rather than a word. */
  static boolean isCjkToken(String token) {
    return token != null && !token.isEmpty() && isCjk(token.codePointAt(0));
  }

  static boolean isCjk(int cp) {
    if (cp < 0x1100) {
      return false;
    }
    if (cp == 0x30FC || cp == 0x3005) {
      return true; // the katakana long-vowel mark and the Han repetition mark belong inside CJK words
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }

  private static boolean hasStrippableMarks(int cp) {
    if (cp == 'й') {
      return false; // a letter of its own in Russian, not и with a mark
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
        || script == Character.UnicodeScript.CYRILLIC;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * Whether NFKC and mark stripping leave {@code s} as it is: ASCII, unified Han ideographs and the ideographic
   * comma and full stop only (no compatibility forms, no full-width letters, no marks). Most Chinese headlines
   * are, and NFKC was most of what folding them cost; {@code TopicTextTest} checks every character let through.
   */
  static boolean isAsciiOrPlainHan(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 && !isPlainHan(c)) {
        return false;
      }
    }
    return true;
  }

  static boolean isPlainHan(char c) {
    return c >= 0x4E00 && c <= 0x9FFF || c == 0x3001 || c == 0x3002;
  }
}
