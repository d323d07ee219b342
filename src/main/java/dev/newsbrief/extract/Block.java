package dev.newsbrief.extract;

/**
 * One block of text collected from the page: a paragraph, heading, list item, quote or table cell.
 *
 * @param text      whitespace-normalised text
 * @param kind      what kind of element held it
 * @param linkChars characters of {@code text} inside links
 * @param href      the first link's absolute address, or null
 */
record Block(String text, Kind kind, int linkChars, String href) {

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
    return new Block(newText, kind, Math.min(linkChars, newText.length()), href);
  }
}
