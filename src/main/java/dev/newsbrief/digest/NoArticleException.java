package dev.newsbrief.digest;

/** The page was read but holds no article text to summarize; the message says why in one human line. */
public final class NoArticleException extends Exception {
  private final String url;

  public NoArticleException(String url, String message) {
    super(message);
    this.url = url;
  }

  /** The page's address, or null for local input. */
  public String url() {
    return url;
  }
}
