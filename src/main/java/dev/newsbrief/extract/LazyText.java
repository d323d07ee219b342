package dev.newsbrief.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Puts back paragraphs a page loads lazily: some sites ship the text of an empty element in a {@code data-}
 * attribute ({@code <p data-text="…">}, {@code <div data-content="<p>…</p>">}) and let a script fill it in.
 */
final class LazyText {
  /** Less than this many letters is a label or a token, not a paragraph. */
  private static final int MIN_LETTERS = 20;
  /** Bigger values are not read: one attribute must not turn into a second page. */
  private static final int MAX_VALUE = 200_000;

  /** Attribute names that carry content; a {@code data-title} or {@code data-tooltip} only labels a widget. */
  private static final String[] LAZY_WORDS = {"content", "text", "html", "body", "para", "lazy", "original", "src"};

  private LazyText() {
  }

  static void reveal(Document doc) {
    if (doc.body() == null) {
      return;
    }
    for (Element e : doc.body().getAllElements()) {
      if (e.attributesSize() == 0) {
        continue;
      }
      String value = lazyValue(e);
      // hasText() walks the subtree: asked only of the few elements that carry text in an attribute.
      if (value != null && !e.hasText()) {
        fill(e, value);
      }
    }
  }

  private static String lazyValue(Element e) {
    for (Attribute a : e.attributes()) {
      if (!lazyKey(a.getKey())) {
        continue;
      }
      String v = a.getValue().strip();
      if (v.length() > MAX_VALUE || v.startsWith("{") || v.startsWith("[") || looksLikeAddress(v)) {
        continue;
      }
      if (letters(v) >= MIN_LETTERS && (v.indexOf(' ') > 0 || hasWideLetters(v))) {
        return v;
      }
    }
    return null;
  }

  /** Plain string tests, no regex: every attribute of every element passes here. */
  private static boolean lazyKey(String key) {
    if (!key.startsWith("data-")) {
      return false;
    }
    for (String word : LAZY_WORDS) {
      if (key.indexOf(word, 5) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static void fill(Element e, String value) {
    if (value.indexOf('<') >= 0) {
      Document fragment = Jsoup.parseBodyFragment(value, e.baseUri());
      for (Node child : fragment.body().childNodesCopy()) {
        e.appendChild(child);
      }
    } else {
      e.appendText(value);
    }
  }

  private static boolean looksLikeAddress(String v) {
    return v.startsWith("http:") || v.startsWith("https:") || v.startsWith("/") || v.startsWith("data:")
        || v.indexOf(' ') < 0 && v.contains(".") && !hasWideLetters(v);
  }

  private static int letters(String v) {
    int n = 0;
    for (int i = 0; i < v.length() && n < MIN_LETTERS; i++) {
      n += Character.isLetter(v.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  private static boolean hasWideLetters(String v) {
    for (int i = 0; i < v.length(); i++) {
      if (Whitespace.isWide(v.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
