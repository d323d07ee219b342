package dev.newsbrief.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/** Picks the headline as a reader sees it, without the site name glued on by the {@code <title>}. */
final class TitleFinder {
  private static final Pattern SEPARATOR = Pattern.compile(
      "\\s+[|\\-–—·»:/]\\s+|\\s*[_｜|]\\s*|\\s*－\\s*|\\s+::\\s+|\\s*--+\\s*|\\s*——\\s*"
          // A bare hyphen between Chinese words joins no compound: it glues on the site ("标题-搜狐财经").
          + "|(?<=[\\p{IsHan}”」）)])-(?=[\\p{IsHan}\\[【])");
  /** A forum's or portal's name in brackets at the end: "…错误信息[麻辣社区]", "…【新华网】". */
  private static final Pattern SITE_BRACKET = Pattern.compile(
      "\\s*[\\[【]([^\\]】]{1,12}(?:网|社区|论坛|频道|博客|之家|天地|在线|bbs|BBS))[\\]】]\\s*$");
  /** A forum post's tag in front of its title: "[原创]", "【转载】". */
  private static final Pattern POST_TAG = Pattern.compile(
      "^\\s*[\\[【](?:原创|转帖|转载|转贴|求助|分享|图|组图|多图|视频|讨论|推荐|精华|置顶)[\\]】]\\s*");

  /** "世艺网>艺术教育", "Home » News": short parts joined by arrows name a place on the site, not a story. */
  private static final Pattern BREADCRUMB = Pattern.compile("[^<>＞»›]{1,12}(?:\\s*[<>＞»›]\\s*[^<>＞»›]{1,12})+");

  private TitleFinder() {
  }

  static String find(Document doc, PageMetadata meta, String siteName) {
    String declared = clean(meta.title(), siteName);
    if (declared != null && !sameText(declared, siteName)) {
      String raw = Whitespace.normalize(meta.title());
      // A declared title with a site part glued on: the page's own heading says which part is the headline.
      String heading = declared.equals(raw) ? null : matchingHeading(doc, raw);
      if (heading == null) {
        heading = HeadingMatcher.reworded(doc, declared);
      }
      return heading != null ? heading : declared;
    }
    // Not doc.title(): that looks only in <head>, and wrapped or broken pages leave <title> in the body.
    Element titleElement = doc.selectFirst("title");
    String docTitle = titleElement == null ? "" : Whitespace.normalize(titleElement.text());
    String h1 = matchingHeading(doc, docTitle);
    if (h1 != null) {
      return headlineBeside(docTitle, h1);
    }
    String cleaned = clean(docTitle, siteName);
    String post = taggedPart(SEPARATOR.split(SITE_BRACKET.matcher(docTitle).replaceFirst("")));
    if (post != null) {
      return post; // a forum post's tagged title beats the board's name shown on the page
    }
    String shown = partShownOnPage(doc, docTitle);
    if (shown != null && !shown.equals(cleaned) && !sameText(shown, siteName)) {
      return shown;
    }
    if (cleaned != null && !sameText(cleaned, siteName)) {
      return cleaned;
    }
    return docTitle.codePoints().anyMatch(Character::isLetterOrDigit) ? docTitle : null;
  }

  private static String matchingHeading(Document doc, String docTitle) {
    String lowerTitle = docTitle.toLowerCase(Locale.ROOT);
    String only = null;
    String matched = null;
    int count = 0;
    for (Element h1 : doc.select("h1")) {
      String text = Whitespace.normalize(h1.text());
      if (text.length() < 2) {
        continue;
      }
      count++;
      only = text;
      if (!lowerTitle.isEmpty() && lowerTitle.contains(text.toLowerCase(Locale.ROOT))
          && (matched == null || text.length() > matched.length())) {
        matched = text;
      }
    }
    if (matched != null) {
      return matched;
    }
    return count == 1 && lowerTitle.isEmpty() ? only : null;
  }

  /**
   * The one part of a title with separators that the page also shows as a line of its own: without a known
   * site name, that tells the headline from the blog or section name ("多维博客 » 播客热潮迅速蔓延").
   */
  private static String partShownOnPage(Document doc, String docTitle) {
    String[] parts = SEPARATOR.split(docTitle);
    if (parts.length < 2 || doc.body() == null) {
      return null;
    }
    Set<String> lines = new HashSet<>();
    for (TextNode t : textNodes(doc.body())) {
      String line = Whitespace.normalize(t.getWholeText());
      if (line.length() > 1 && line.length() <= 200) {
        lines.add(line);
      }
    }
    String shown = null;
    for (String part : parts) {
      if (weight(part) >= 3 && lines.contains(Whitespace.normalize(part))) {
        if (shown != null) {
          return null;
        }
        shown = part;
      }
    }
    return shown;
  }

  private static List<TextNode> textNodes(Element root) {
    List<TextNode> nodes = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode t && !t.isBlank()) {
        nodes.add(t);
      }
    }, root);
    return nodes;
  }

  /**
   * The title's headline when the page's heading is only the site name closing the title without a separator
   * ("Headline SiteName" with {@code <h1>SiteName</h1>}); otherwise the heading.
   */
  private static String headlineBeside(String docTitle, String heading) {
    if (!docTitle.endsWith(heading)) {
      return heading;
    }
    String rest = docTitle.substring(0, docTitle.length() - heading.length()).strip();
    return weight(rest) > weight(heading) + 1 ? rest : heading;
  }

  /** Whether {@code title} is missing, too short to be a headline, just the site's name, or a breadcrumb. */
  static boolean weak(String title, String siteName, String host) {
    return title == null || weight(title) <= 2 || sameText(title, siteName) || sameText(title, host)
        || BREADCRUMB.matcher(title).matches();
  }

  /** {@code raw} without a leading or trailing site name or section label, or null when blank. */
  static String clean(String raw, String siteName) {
    if (raw == null || raw.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return null;
    }
    String title = SITE_BRACKET.matcher(Whitespace.normalize(raw)).replaceFirst("");
    String[] parts = SEPARATOR.split(title);
    String tagged = taggedPart(parts);
    if (tagged != null) {
      return tagged;
    }
    if (parts.length < 2) {
      return title;
    }
    int from = 0;
    int to = parts.length;
    if (siteName != null) {
      while (to - from > 1 && looksLikeSite(parts[to - 1], siteName)) {
        to--;
      }
      while (to - from > 1 && looksLikeSite(parts[from], siteName)) {
        from++;
      }
    }
    if (to - from == parts.length) {
      // No known site name: keep the first part when it reads like a headline, else the longest part.
      return weight(parts[0]) >= 3 ? parts[0] : longest(parts);
    }
    if (to - from == 1) {
      return parts[from];
    }
    int start = title.indexOf(parts[from]);
    int end = title.lastIndexOf(parts[to - 1]) + parts[to - 1].length();
    return start >= 0 && end > start ? title.substring(start, end) : parts[from];
  }

  /** The part carrying a forum post's tag ("[原创]…"), without the tag: the post's own title; else null. */
  private static String taggedPart(String[] parts) {
    for (String part : parts) {
      String untagged = POST_TAG.matcher(part).replaceFirst("");
      if (!untagged.equals(part) && !untagged.isBlank()) {
        return untagged;
      }
    }
    return null;
  }

  private static boolean looksLikeSite(String part, String siteName) {
    String p = part.toLowerCase(Locale.ROOT).replace(" ", "");
    String s = siteName.toLowerCase(Locale.ROOT).replace(" ", "");
    return !p.isEmpty() && (p.contains(s) || s.contains(p));
  }

  private static String longest(String[] parts) {
    String best = parts[0];
    for (String p : parts) {
      if (weight(p) > weight(best)) {
        best = p;
      }
    }
    return best;
  }

  /** Words, counting two CJK characters as one word. */
  private static int weight(String text) {
    int wide = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Whitespace.isWide(text.charAt(i))) {
        wide++;
      }
    }
    return text.strip().split("\\s+").length + wide / 2;
  }

  private static boolean sameText(String a, String b) {
    return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
  }
}
