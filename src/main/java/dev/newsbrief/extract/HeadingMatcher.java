package dev.newsbrief.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the headline among the page's own headings: the one a reader sees, which social titles
 * ({@code og:title}) often reword, and blog pages put under a heading named after the blog.
 */
final class HeadingMatcher {
  /** Share of words two headlines must have in common to be the same story told twice. */
  private static final double SAME_STORY = 0.6;
  private static final Pattern TITLE_HINT = Pattern.compile("title|headline|subject|heading|biaoti|标题");
  private static final Pattern TRAILING_NOISE = Pattern.compile("[\\s\\-–—|_:：]+$");
  /** How far before the article's first element a headline may stand. */
  private static final int LOOK_BACK = 40;
  /** How many elements into the article's first element its own heading may stand. */
  private static final int LOOK_INSIDE = 8;
  /** Boxes that hold one line of a layout: type alone in one of them sets that line apart. */
  private static final Set<String> LINE_BOXES = Set.of("td", "th", "div", "p", "center");

  private HeadingMatcher() {
  }

  /** The {@code <h1>} that tells the same story as {@code declared} in other words, or null. */
  static String reworded(Document doc, String declared) {
    Set<String> wanted = words(declared);
    String best = null;
    double bestShare = SAME_STORY;
    for (Element h1 : doc.select("h1")) {
      String text = Whitespace.normalize(h1.text());
      Set<String> have = words(text);
      if (have.size() < 3 || text.equalsIgnoreCase(declared)) {
        continue;
      }
      int common = 0;
      for (String w : have) {
        common += wanted.contains(w) ? 1 : 0;
      }
      double share = (double) common / Math.max(have.size(), wanted.size());
      if (share >= bestShare) {
        bestShare = share;
        best = text;
      }
    }
    return best;
  }

  /** The article's first element and its place among all of the page's elements, in document order. */
  record Window(Element first, List<Element> all, int at) {
    /** Walks the page once; both looks near the text ({@link #before}, {@link #selfLinked}) share it. */
    static Window around(Element first) {
      List<Element> all = first.ownerDocument() == null ? List.of() : first.ownerDocument().getAllElements();
      return new Window(first, all, indexOf(all, first));
    }
  }

  /**
   * The headline standing just before the article's first element (a heading or an element named like a
   * title), for pages whose title names only the blog or site; null when none is near.
   */
  static String before(Window w) {
    Element first = w.first();
    List<Element> all = w.all();
    int at = w.at();
    // The post's own heading may open the chosen box itself.
    for (int i = at + 1; i < Math.min(all.size(), at + LOOK_INSIDE); i++) {
      String text = headline(all.get(i));
      if (text != null && all.get(i).parents().contains(first)) {
        return text;
      }
    }
    for (int i = at - 1; i >= Math.max(0, at - LOOK_BACK); i--) {
      String text = headline(all.get(i));
      if (text != null && !first.parents().contains(all.get(i))) {
        return text;
      }
    }
    return null;
  }

  /**
   * A headline near the article's start that links to the page itself, as blogs link a post's title to its
   * permalink; null when none. Such a headline is what the reader sees, whatever the {@code <title>} says.
   */
  static String selfLinked(Window w) {
    List<Element> all = w.all();
    int at = w.at();
    for (int i = Math.max(0, at - LOOK_BACK); i < Math.min(all.size(), at + LOOK_INSIDE); i++) {
      Element e = all.get(i);
      if (looksLikeHeadline(e) && selfLink(e) != null) {
        return headline(e);
      }
    }
    return null;
  }

  private static String headline(Element e) {
    if (!looksLikeHeadline(e)) {
      return null;
    }
    Element self = selfLink(e);
    // "[分类] Title" with only the title linking here: the link's words are the headline.
    String raw = self != null ? self.text() : e.text();
    String text = TRAILING_NOISE.matcher(Whitespace.normalize(raw)).replaceAll("");
    return text.length() <= 150 && letters(text) >= 4 ? text : null;
  }

  private static boolean looksLikeHeadline(Element e) {
    String tag = e.normalName();
    if (tag.equals("h1") || tag.equals("h2") || tag.equals("h3") || bigType(e)) {
      return true;
    }
    String hints = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    return hints.length() > 1 && TITLE_HINT.matcher(hints).find();
  }

  /**
   * Old pages set headlines in big or bold type instead of headings: {@code <font size=4>} and up, a
   * {@code <b>}/{@code <strong>} that fills its line, or a {@code <font>}/{@code <span>} alone in its table cell
   * or block; short, not a link to another page, and without a sentence's closing stop.
   */
  private static boolean bigType(Element e) {
    String tag = e.normalName();
    boolean big = tag.equals("font") && e.attr("size").strip().matches("\\+?[4-7]");
    boolean bold = (tag.equals("b") || tag.equals("strong")) && e.parent() != null
        && e.parent().childrenSize() <= 2 && e.parent().ownText().isBlank();
    boolean alone = (tag.equals("font") || tag.equals("span")) && e.parent() != null
        && LINE_BOXES.contains(e.parent().normalName()) && e.parent().select("a").isEmpty()
        && Whitespace.normalize(e.parent().text()).equals(Whitespace.normalize(e.text()));
    if (!big && !bold && !alone) {
      return false;
    }
    // Big type that is one link points at another page: a teaser, not this page's headline.
    boolean linked = e.closest("a") != null || e.select("a").text().length() == e.text().length();
    if (linked && selfLink(e) == null) {
      return false;
    }
    String text = e.text().strip();
    return text.length() <= 60 && !text.isEmpty() && "。.!！?？，,；;".indexOf(text.charAt(text.length() - 1)) < 0;
  }

  /** The link inside (or around) {@code e} that points at the page itself, or null. */
  private static Element selfLink(Element e) {
    String page = withoutFragment(e.baseUri());
    if (page.isEmpty()) {
      return null;
    }
    Element around = e.closest("a[href]");
    if (around != null) {
      return pointsAt(around, page) ? around : null;
    }
    for (Element a : e.select("a[href]")) {
      if (pointsAt(a, page)) {
        return a;
      }
    }
    return null;
  }

  /** Whether {@code a} names {@code page} by its address: "#", "" and script links lead nowhere. */
  private static boolean pointsAt(Element a, String page) {
    String href = a.attr("href").strip();
    return !href.isEmpty() && !href.startsWith("#") && !href.regionMatches(true, 0, "javascript:", 0, 11)
        && page.equals(withoutFragment(a.absUrl("href")));
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    String u = hash < 0 ? url : url.substring(0, hash);
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }

  private static int indexOf(List<Element> all, Element target) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) == target) {
        return i;
      }
    }
    return -1;
  }

  private static int letters(String text) {
    return (int) text.codePoints().filter(Character::isLetter).count();
  }

  /** Lower-cased words; each Han or kana character is a word of its own. */
  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean wide = Whitespace.isWide(c);
      if (Character.isLetterOrDigit(c) && !wide) {
        word.append(Character.toLowerCase(c));
        continue;
      }
      if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
      if (wide && Character.isLetterOrDigit(c)) {
        words.add(String.valueOf(c));
      }
    }
    return words;
  }
}
