package dev.newsbrief.feeds;

import dev.newsbrief.fetch.FeedResponse;
import dev.newsbrief.fetch.FetchException;

/** The short human cause of a failed poll, as a chat is told it ("HTTP 404", "timed out"). */
final class FailureCause {
  private FailureCause() {
  }

  static String of(FetchException e) {
    return switch (e.reason()) {
      case REFUSED -> "refused: private address";
      case TIMEOUT -> "timed out";
      case BAD_URL -> "not a valid link";
      case TOO_MANY_REDIRECTS -> "too many redirects";
      case UNSUPPORTED_TYPE -> "not a feed (" + e.mediaType() + ")";
      case HTTP_STATUS -> "HTTP " + e.status();
      case NETWORK -> e.getMessage().contains("no such host") ? "no such host" : "could not connect";
    };
  }

  static String of(FeedException e) {
    return switch (e.reason()) {
      case HTML_PAGE -> "not a feed (an HTML page)";
      case BOT_CHECK -> "blocked by a bot wall";
      case NOT_A_FEED -> "not a feed";
    };
  }

  static String of(FeedResponse r) {
    return r.status() == FeedResponse.Status.RATE_LIMITED ? "HTTP " + r.code() + " (too many requests)"
        : "HTTP " + r.code();
  }
}
