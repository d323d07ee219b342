package dev.newsbrief.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds a publication date written next to the headline, for pages that declare none in their markup. */
final class HeadlineDate {
  private static final int WINDOW = 1500;

  private HeadlineDate() {
  }

  static String find(Document doc, String title) {
    Element headline = null;
    for (Element h : doc.select("h1, h2")) {
      if (title != null && !h.text().isBlank() && title.contains(h.text().strip())) {
        headline = h;
        break;
      }
    }
    if (headline == null) {
      headline = doc.selectFirst("h1");
    }
    for (Element scope = headline == null ? null : headline.parent(); scope != null; scope = scope.parent()) {
      String text = scope.text();
      String date = DateNormalizer.find(text.length() > WINDOW ? text.substring(0, WINDOW) : text);
      if (date != null || text.length() > WINDOW || scope == doc.body()) {
        return date;
      }
    }
    return null;
  }
}
