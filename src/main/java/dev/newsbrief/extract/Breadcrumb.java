package dev.newsbrief.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The page's "you are here" trail ("首页 > 娱乐 > 电影", "Home » News » World"): its linked parts name sections
 * of the site, so a {@code <title>} equal to one of them is a section label, not a headline; an unlinked last
 * part names the page itself.
 */
record Breadcrumb(List<String> sections, String current) {
  private static final Pattern ARROW = Pattern.compile("[>＞»›→]");
  private static final Pattern TRAIL_HINT = Pattern.compile("(?i)breadcrumb|crumbs?\\b|crumb[-_]|nav[-_]?path|您的位置|当前位置|所在位置");
  /** Trails are short: a longer box with arrows is a paragraph quoting them. */
  private static final int MAX_TEXT = 160;
  private static final int MAX_PART = 30;

  static final Breadcrumb NONE = new Breadcrumb(List.of(), null);

  /** The first trail on the page, or {@link #NONE}. */
  static Breadcrumb of(Document doc) {
    if (doc.body() == null) {
      return NONE;
    }
    for (Element e : doc.body().select("td, div, p, nav, ol, ul, span")) {
      if (e.childrenSize() > 12) {
        continue;
      }
      String text = Whitespace.normalize(e.text());
      if (text.length() > MAX_TEXT || e.select("a[href]").size() < 2) {
        continue;
      }
      boolean hinted = TRAIL_HINT.matcher(e.className() + " " + e.id() + " " + text).find();
      if (!hinted && ARROW.matcher(text).results().count() < 2) {
        continue;
      }
      Breadcrumb trail = read(e);
      if (trail.sections().size() >= 2) {
        return trail;
      }
    }
    return NONE;
  }

  /** Whether {@code title} is one of the trail's linked sections. */
  boolean namesSection(String title) {
    if (title == null) {
      return false;
    }
    String t = Whitespace.normalize(title);
    return sections.stream().anyMatch(s -> s.equalsIgnoreCase(t));
  }

  private static Breadcrumb read(Element trail) {
    List<String> sections = new ArrayList<>();
    for (Element a : trail.select("a[href]")) {
      String part = Whitespace.normalize(a.text());
      if (!part.isEmpty() && part.length() <= MAX_PART) {
        sections.add(part);
      }
    }
    return new Breadcrumb(List.copyOf(sections), trailingText(trail));
  }

  /** The unlinked words after the trail's last link ("… > 方法与规范 > 第一编 古代"), or null. */
  private static String trailingText(Element trail) {
    Element last = trail.select("a[href]").last();
    if (last == null) {
      return null;
    }
    StringBuilder after = new StringBuilder();
    for (Node n = last.nextSibling(); n != null; n = n.nextSibling()) {
      if (n instanceof TextNode t) {
        after.append(t.getWholeText());
      } else if (n instanceof Element e && !e.normalName().equals("a")) {
        after.append(' ').append(e.text());
      } else {
        return null; // a link after it: the trail goes on elsewhere
      }
    }
    String text = ARROW.matcher(Whitespace.normalize(after.toString())).replaceFirst("").strip();
    return text.isEmpty() || text.length() > MAX_PART * 2 ? null : text;
  }
}
