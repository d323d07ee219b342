package dev.newsbrief.extract;

/**
 * Cuts a page after so many tags that its parsed tree would not fit in memory. Tags can multiply in the tree (each
 * {@code <p>} reopens the formatting elements open before it), so 5 MB of {@code <p><b>} becomes millions of
 * elements; the first {@link #MAX_TAGS} tags hold any real article, as the fetcher keeps a body's first bytes.
 */
final class TagBudget {
  /** Tags parsed at most: six times the busiest page of the corpora (15,397), about 40 MB of tree at worst. */
  static final int MAX_TAGS = 100_000;

  private TagBudget() {
  }

  /** {@code html} up to its {@link #MAX_TAGS}-th tag; linear, no allocation unless it cuts. */
  static String cut(String html) {
    return cut(html, MAX_TAGS);
  }

  static String cut(String html, int maxTags) {
    int tags = 0;
    // Every '<' counts: comments ("<!>"), processing instructions ("<?>") and stray end tags make nodes too.
    for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
      if (++tags > maxTags) {
        return html.substring(0, i);
      }
    }
    return html;
  }
}
