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
  /** An arrow between parts: "›", "＞", and the ASCII "->" or "=>" of old pages. */
  private static final Pattern ARROW = Pattern.compile("[-=]?[>＞»›→]");
  /** Trails are short: a longer box with arrows is a paragraph quoting them. */
  private static final int MAX_TEXT = 160;
  private static final int MAX_PART = 30;
  private static final java.util.Set<String> BOXES = java.util.Set.of("td", "div", "p", "nav", "ol", "ul", "span");

  static final Breadcrumb NONE = new Breadcrumb(List.of(), null);
  /** What a trail calls the page it is on when it has no name for it. */
  private static final java.util.Set<String> GENERIC_ENDS = java.util.Set.of(
      "正文", "内容", "全文", "详情", "正文内容", "文章内容", "content", "article", "text");

  /** The first trail on the page, or {@link #NONE}. */
  static Breadcrumb of(Document doc) {
    if (doc.body() == null) {
      return NONE;
    }
    // Cheap looks first (names, own text, direct links): a full text() per box is quadratic in nested tables.
    for (Element e : doc.body().getAllElements()) {
      if (!BOXES.contains(e.normalName()) || e.childrenSize() > 12) {
        continue;
      }
      boolean named = namedTrail(e.className()) || namedTrail(e.id());
      if (!named && directLinks(e) < 2) {
        continue;
      }
      String own = e.ownText();
      if (!named && !own.contains("位置") && arrows(own) < 2) {
        continue;
      }
      String text = Whitespace.normalize(e.text());
      if (text.length() > MAX_TEXT || e.select("a[href]").size() < 2) {
        continue;
      }
      Breadcrumb trail = read(e);
      if (trail.sections().size() >= 2) {
        return trail;
      }
    }
    return NONE;
  }

  private static boolean namedTrail(String name) {
    if (name.isEmpty()) {
      return false;
    }
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.contains("crumb") || n.contains("navpath") || n.contains("nav-path") || n.contains("nav_path");
  }

  private static int arrows(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += ">＞»›→".indexOf(text.charAt(i)) >= 0 ? 1 : 0;
    }
    return n;
  }

  private static int directLinks(Element e) {
    int n = 0;
    for (Element child : e.children()) {
      n += child.normalName().equals("a") ? 1 : 0;
    }
    return n;
  }

  /**
   * The trail's part before its end when that end is a word for "the text" ("读书 > 连载 > 春天的故事 > 正文"),
   * linked or not: there that part is the page's own work or story; else null.
   */
  String lastSectionBeforeGenericEnd() {
    if (current == null || sections.isEmpty()) {
      return null;
    }
    String[] parts = ARROW.split(current);
    if (!GENERIC_ENDS.contains(parts[parts.length - 1].strip().toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    return parts.length > 1 ? parts[parts.length - 2].strip() : sections.get(sections.size() - 1);
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
