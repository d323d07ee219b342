package dev.newsbrief.extract;

/**
 * Cuts a page after so many tags that its parsed tree would not fit in memory. Tags can multiply in the tree (each
 * {@code <p>} reopens the formatting elements open before it), so 5 MB of {@code <p><b>} becomes millions of
 * elements; the first {@link #MAX_TAGS} tags hold any real article, as the fetcher keeps a body's first bytes.
 */
final class TagBudget {
  /** Start tags parsed at most: sixty times the busiest page of the dev corpora, about 40 MB of tree at worst. */
  static final int MAX_TAGS = 100_000;

  private TagBudget() {
  }

  /** {@code html} up to its {@link #MAX_TAGS}-th start tag; linear, no allocation unless it cuts. */
  static String cut(String html) {
    return cut(html, MAX_TAGS);
  }

  static String cut(String html, int maxTags) {
    int tags = 0;
    for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
      char next = html.charAt(i + 1);
      if ((next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z') && ++tags > maxTags) {
        return html.substring(0, i);
      }
    }
    return html;
  }
}
