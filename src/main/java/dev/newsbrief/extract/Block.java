package dev.newsbrief.extract;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * One block of text collected from the page: a paragraph, heading, list item, quote or table cell.
 *
 * @param text      whitespace-normalised text
 * @param kind      what kind of element held it
 * @param linkChars characters of {@code text} inside links
 * @param links     the links with an href in the block, in page order; resolved only when asked (few blocks are)
 */
record Block(String text, Kind kind, int linkChars, List<Element> links) {

  enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, PRE, CELL }

  double linkDensity() {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != ' ') {
        letters++;
      }
    }
    return letters == 0 ? 0 : Math.min(1.0, (double) linkChars / letters);
  }

  Block withText(String newText) {
    return new Block(newText, kind, Math.min(linkChars, newText.length()), links);
  }

  /** The first link's absolute address, or null; a link that does not resolve gives way to the next. */
  String href() {
    for (Element link : links) {
      String abs = link.absUrl("href");
      if (!abs.isEmpty()) {
        return abs;
      }
    }
    return null;
  }
}
