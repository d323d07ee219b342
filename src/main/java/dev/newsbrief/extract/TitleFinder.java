package dev.newsbrief.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Picks the headline as a reader sees it, without the site name glued on by the {@code <title>}. */
final class TitleFinder {
  private static final Pattern SEPARATOR = Pattern.compile(
      "\\s+[|\\-–—·»:/]\\s+|\\s*[_｜|]\\s*|\\s*－\\s*|\\s+::\\s+|\\s*--+\\s*|\\s*——\\s*");

  private TitleFinder() {
  }

  static String find(Document doc, PageMetadata meta, String siteName) {
    String declared = clean(meta.title(), siteName);
    if (declared != null && !sameText(declared, siteName)) {
      String raw = Whitespace.normalize(meta.title());
      // A declared title with a site part glued on: the page's own heading says which part is the headline.
      String heading = declared.equals(raw) ? null : matchingHeading(doc, raw);
      return heading != null ? heading : declared;
    }
    // Not doc.title(): that looks only in <head>, and wrapped or broken pages leave <title> in the body.
    Element titleElement = doc.selectFirst("title");
    String docTitle = titleElement == null ? "" : Whitespace.normalize(titleElement.text());
    String h1 = matchingHeading(doc, docTitle);
    if (h1 != null) {
      return h1;
    }
    String cleaned = clean(docTitle, siteName);
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

  /** {@code raw} without a leading or trailing site name or section label, or null when blank. */
  static String clean(String raw, String siteName) {
    if (raw == null || raw.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return null;
    }
    String title = Whitespace.normalize(raw);
    String[] parts = SEPARATOR.split(title);
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
