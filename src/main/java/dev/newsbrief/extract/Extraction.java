package dev.newsbrief.extract;

import java.util.Objects;

/**
 * What {@link ArticleExtractor#read} found on a page, and whether it is the whole article.
 *
 * @param article  the article; when incomplete, its text is what the page shows of it, or the page's own
 *                 description where that says more, and may be empty
 * @param complete false when the page shows too little article text (a login wall, a paywall, a JavaScript
 *                 application, an error page)
 * @param reason   one human line saying why the article is incomplete, such as "only a preview is available:
 *                 the page needs a login or JavaScript"; null when complete
 */
public record Extraction(Article article, boolean complete, String reason) {

  public Extraction {
    Objects.requireNonNull(article, "article");
    if (complete != (reason == null)) {
      throw new IllegalArgumentException("a reason is given exactly when the article is incomplete: " + reason);
    }
  }

  /** Whether there is any text at all to summarize, complete or not. */
  public boolean hasText() {
    return !article.paragraphs().isEmpty();
  }
}
