package dev.newsbrief.summarize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small ROUGE-1 F1 for regression tests: NFKC, lower case, one token per Han character, other
 * tokens are runs of letters or digits; no stemming, so it reads a little below the shared scorer.
 */
final class RougeOne {
  private RougeOne() {
  }

  static double f1(String candidate, String reference) {
    Map<String, Integer> c = counts(tokens(candidate));
    Map<String, Integer> r = counts(tokens(reference));
    int nc = c.values().stream().mapToInt(Integer::intValue).sum();
    int nr = r.values().stream().mapToInt(Integer::intValue).sum();
    if (nc == 0 || nr == 0) {
      return 0;
    }
    int overlap = 0;
    for (Map.Entry<String, Integer> e : c.entrySet()) {
      overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
    }
    double p = (double) overlap / nc;
    double rec = (double) overlap / nr;
    return p + rec == 0 ? 0 : 2 * p * rec / (p + rec);
  }

  static List<String> tokens(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        flush(word, out);
        out.add(Character.toString(cp));
      } else if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(cp);
      } else {
        flush(word, out);
      }
    }
    flush(word, out);
    return out;
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (word.length() > 0) {
      out.add(word.toString());
      word.setLength(0);
    }
  }

  private static Map<String, Integer> counts(List<String> tokens) {
    Map<String, Integer> m = new HashMap<>();
    tokens.forEach(t -> m.merge(t, 1, Integer::sum));
    return m;
  }
}
