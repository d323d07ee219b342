package dev.newsbrief.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the element holding the article, in the spirit of Readability: every run of text scores its
 * ancestors by length and commas; link-heavy and furniture-named elements lose; the best element and its
 * article-like siblings win.
 */
final class ContentScorer {
  static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del",
      "dfn", "em", "font", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
      "sup", "time", "tt", "u", "var", "nobr", "label", "img", "wbr", "acronym", "blink");
  private static final Set<String> PARAGRAPH_LIKE = Set.of("p", "pre", "li", "blockquote", "h1", "h2", "h3", "h4",
      "h5", "h6", "dd", "dt", "th");

  /** Text totals and score of one element. */
  static final class Stats {
    double score;
    boolean candidate;
    int textLen;
    int linkLen;
    int commas;

    double linkDensity() {
      return textLen == 0 ? 0 : (double) linkLen / textLen;
    }
  }

  /** The chosen elements in document order, the stats of every element with text, and the mode used. */
  record Result(List<Element> elements, Map<Element, Stats> stats, boolean strict) {
  }

  private ContentScorer() {
  }

  /** Scores the page; {@code strict} also ignores elements whose names mark them as furniture. */
  static Result select(Element body, boolean strict) {
    Map<Element, Stats> stats = new IdentityHashMap<>();
    NodeTraversor.filter(new RunScorer(body, stats, strict), body);
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Stats> entry : stats.entrySet()) {
      Stats s = entry.getValue();
      if (s.candidate && finalScore(s) > best) {
        best = finalScore(s);
        top = entry.getKey();
      }
    }
    if (top == null) {
      return new Result(body.childrenSize() == 0 && !body.hasText() ? List.of() : List.of(body), stats, strict);
    }
    top = climb(ListingPicker.first(top, stats), body, stats);
    return new Result(siblings(top, stats), stats, strict);
  }

  static double finalScore(Stats s) {
    return s.score * (1 - s.linkDensity());
  }

  /** Moves up while the parent scores about as well, so articles split over several boxes stay whole. */
  private static Element climb(Element top, Element body, Map<Element, Stats> stats) {
    double lastScore = finalScore(stats.get(top));
    double threshold = lastScore / 3;
    Element parent = top.parent();
    while (parent != null && parent != body) {
      Stats ps = stats.get(parent);
      if (ps == null || !ps.candidate) {
        parent = parent.parent();
        continue;
      }
      double score = finalScore(ps);
      if (score < threshold) {
        break;
      }
      if (score > lastScore) {
        top = parent;
        break;
      }
      lastScore = score;
      parent = parent.parent();
    }
    while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  private static List<Element> siblings(Element top, Map<Element, Stats> stats) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double topScore = finalScore(stats.get(top));
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> chosen = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        chosen.add(sibling);
        continue;
      }
      Stats s = stats.get(sibling);
      if (s == null) {
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
      if (s.candidate && finalScore(s) + bonus >= threshold) {
        chosen.add(sibling);
      } else if (sibling.normalName().equals("p") && textualParagraph(sibling, s)
          || s.textLen > 300 && s.linkDensity() < 0.1) {
        chosen.add(sibling);
      }
    }
    return chosen;
  }

  private static boolean textualParagraph(Element p, Stats s) {
    if (s.textLen > 80) {
      return s.linkDensity() < 0.25;
    }
    String text = p.text().strip();
    return s.linkLen == 0 && !text.isEmpty() && ".。!?！？\"”」".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /** Collects runs of inline text per block element and spreads their scores over the ancestors. */
  private static final class RunScorer implements NodeFilter {
    private final Element body;
    private final Map<Element, Stats> stats;
    private final boolean strict;
    private final List<Element> blocks = new ArrayList<>();
    /** The current run of inline text, as counts: only its length and commas score. */
    private int runChars;
    private int runCommas;
    private int runLinkChars;
    private int linkDepth;

    RunScorer(Element body, Map<Element, Stats> stats, boolean strict) {
      this.body = body;
      this.stats = stats;
      this.strict = strict;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        appendText(text.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      if (e != body && ClassHints.captionOrUnlikely(e, strict)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = e.normalName();
      if (tag.equals("br") || tag.equals("hr")) {
        flush();
      } else if (tag.equals("a")) {
        linkDepth++;
      } else if (!INLINE.contains(tag)) {
        flush();
        blocks.add(e);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) {
          linkDepth--;
        } else if (!INLINE.contains(tag) && !tag.equals("br") && !tag.equals("hr")) {
          flush();
          if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) == e) {
            blocks.remove(blocks.size() - 1);
          }
        }
      }
      return FilterResult.CONTINUE;
    }

    private void appendText(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (!Whitespace.isSpace(c)) {
          runChars++;
          if (c == ',' || c == '，' || c == '、') {
            runCommas++;
          }
          if (linkDepth > 0) {
            runLinkChars++;
          }
        }
      }
    }

    private void flush() {
      int len = runChars;
      int commas = runCommas;
      runChars = 0;
      runCommas = 0;
      int linkChars = runLinkChars;
      runLinkChars = 0;
      if (len == 0 || blocks.isEmpty()) {
        return;
      }
      Element owner = blocks.get(blocks.size() - 1);
      for (Element e = owner; e != null; e = e.parent()) {
        Stats s = stats.computeIfAbsent(e, k -> new Stats());
        s.textLen += len;
        s.linkLen += linkChars;
        s.commas += commas;
        if (e == body) {
          break;
        }
      }
      if (len >= 25) {
        score(owner, 1 + commas + Math.min(len / 100.0, 3));
      }
    }

    private void score(Element owner, double points) {
      Element target = PARAGRAPH_LIKE.contains(owner.normalName()) ? owner.parent() : owner;
      for (int level = 0; level < 5 && target != null; level++) {
        Stats s = stats.computeIfAbsent(target, k -> new Stats());
        if (!s.candidate) {
          s.candidate = true;
          s.score += initialScore(target);
        }
        s.score += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        if (target == body) {
          break;
        }
        target = target.parent();
      }
    }
  }

  private static double initialScore(Element e) {
    double base = switch (e.normalName()) {
      case "div", "article", "section", "main", "text" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    if ("articleBody".equals(e.attr("itemprop"))) {
      base += 25;
    }
    return base + ClassHints.weight(e);
  }
}
