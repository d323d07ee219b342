package dev.newsbrief.feeds;

/**
 * Fetched bytes are not a feed. The message is one short human line naming why, safe to show a user
 * (for instance in reply to {@code /addfeed}).
 */
public final class FeedException extends Exception {

  /** Why the bytes are not a feed; callers pick their reply and the feed's health state by it. */
  public enum Reason {
    /** An ordinary web page: the user probably gave the site's address instead of its feed. */
    HTML_PAGE,
    /** A bot check (Cloudflare "Just a moment...", a captcha) answered instead of the feed. */
    BOT_CHECK,
    /** Anything else: empty, malformed XML, XML of another kind, JSON that is not a JSON Feed, a DOCTYPE. */
    NOT_A_FEED
  }

  private final Reason reason;
  private final String url;

  public FeedException(Reason reason, String url, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.url = url;
  }

  public FeedException(Reason reason, String url, String message) {
    this(reason, url, message, null);
  }

  public Reason reason() {
    return reason;
  }

  /** The feed URL whose bytes were refused. */
  public String url() {
    return url;
  }
}
