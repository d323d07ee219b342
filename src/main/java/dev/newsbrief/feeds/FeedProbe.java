package dev.newsbrief.feeds;

import dev.newsbrief.fetch.FeedFetcher;
import dev.newsbrief.fetch.FeedResponse;
import dev.newsbrief.fetch.FetchException;
import java.time.Clock;

/**
 * Tries a feed address once before a chat adds it ({@code /addfeed}, OPML): fetches it through the guard and
 * parses it, and says in one short line what it is or why it is not a feed. People paste a site's address more
 * often than its feed's, so an HTML page that names its feed ({@code <link rel="alternate"
 * type="application/rss+xml">}) is followed once to that feed. Thread-safe.
 */
public final class FeedProbe {
  /**
   * What the address is.
   *
   * @param ok       whether it is a working feed
   * @param url      the address to store: the feed's (found through the page when a page was given), after
   *                 permanent redirects
   * @param title    the feed's title (may be empty) when ok
   * @param items    how many items it has when ok
   * @param language its declared language when ok, or null
   * @param problem  why not, one short human line ("not a feed (an HTML page)", "HTTP 404"), null when ok
   */
  public record Result(boolean ok, String url, String title, int items, String language, String problem) {
  }

  private final FeedFetcher fetcher;
  private final FeedParser parser = new FeedParser();
  private final Clock clock;

  public FeedProbe(FeedFetcher fetcher, Clock clock) {
    this.fetcher = fetcher;
    this.clock = clock;
  }

  /** Fetches and parses {@code url} (and the feed an HTML page names); never throws for what the site answers. */
  public Result probe(String url) {
    return probe(url, true);
  }

  private Result probe(String url, boolean discover) {
    FeedResponse r;
    try {
      r = fetcher.fetch(url, null, null);
    } catch (FetchException e) {
      return failure(url, FailureCause.of(e));
    }
    if (r.status() != FeedResponse.Status.OK) {
      return failure(url, r.status() == FeedResponse.Status.GONE ? "gone (HTTP 410)" : FailureCause.of(r));
    }
    String stored = r.movedTo() != null ? r.movedTo() : url;
    try {
      Feed feed = parser.parse(r.body(), r.contentType(), r.url(), clock.instant());
      return new Result(true, stored, feed.title(), feed.items().size(), feed.language(), null);
    } catch (FeedException e) {
      String alternate = discover && e.reason() == FeedException.Reason.HTML_PAGE
          ? FeedLinks.alternate(r.body(), r.contentType(), r.url()) : null;
      if (alternate != null) {
        Result found = probe(alternate, false);
        if (found.ok()) {
          return found;
        }
      }
      return failure(url, FailureCause.of(e));
    }
  }

  private static Result failure(String url, String problem) {
    return new Result(false, url, null, 0, null, problem);
  }
}
