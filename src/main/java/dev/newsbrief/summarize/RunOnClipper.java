package dev.newsbrief.summarize;

/**
 * Clips a run-on point: when an article gives nothing shorter than a sentence of hundreds of words (a page of
 * comma-spliced text, a list with no full stops), the point becomes its first clauses, up to the usual length,
 * and says it goes on ("…"). Ordinary long sentences, up to twice the usual length, are left whole.
 */
final class RunOnClipper {
  static final int CJK_CHARS = 200;
  static final int LATIN_WORDS = 40;
  private static final String CJK_BREAKS = "，；、：,;:";
  private static final String LATIN_BREAKS = ",;:–—";

  private RunOnClipper() {
  }

  static String clip(String point, boolean cjk) {
    return cjk ? clipCjk(point) : clipLatin(point);
  }

  private static String clipCjk(String point) {
    if (point.codePointCount(0, point.length()) <= 2 * CJK_CHARS) {
      return point;
    }
    int limit = point.offsetByCodePoints(0, CJK_CHARS);
    int cut = -1;
    for (int i = limit - 1; i > CJK_CHARS / 3; i--) {
      if (CJK_BREAKS.indexOf(point.charAt(i)) >= 0) {
        cut = i;
        break;
      }
    }
    return (cut > 0 ? point.substring(0, cut) : point.substring(0, limit)).strip() + "…";
  }

  private static String clipLatin(String point) {
    String[] words = point.strip().split("\\s+");
    if (words.length <= 2 * LATIN_WORDS) {
      return point;
    }
    int end = LATIN_WORDS;
    for (int i = LATIN_WORDS - 1; i >= LATIN_WORDS / 3; i--) {
      String w = words[i];
      if (LATIN_BREAKS.indexOf(w.charAt(w.length() - 1)) >= 0) {
        end = i + 1;
        break;
      }
    }
    String clipped = String.join(" ", java.util.Arrays.copyOf(words, end));
    return clipped.replaceAll("[,;:–—]+$", "") + "…";
  }
}
