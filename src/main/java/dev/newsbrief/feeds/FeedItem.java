package dev.newsbrief.feeds;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a feed, normalized.
 *
 * @param id        the item's identity within its feed: the guid (Atom id, RSS 1.0 {@code rdf:about}, JSON
 *                  Feed id); when that is missing or used by more than one item, the canonical link; when
 *                  there is no link either, {@code sha256:} and a hash of title and text. Never the date.
 * @param title     plain text, never null (may be empty when the feed gives neither title nor text)
 * @param link      the absolute http(s) link, resolved against {@code xml:base} and the feed URL; null if none
 * @param summary   plain text: HTML stripped, whitespace collapsed, at most {@link #MAX_SUMMARY} characters
 * @param published when the item was published; the fetch time when the date is missing, unreadable or in
 *                  the future
 * @param author    the author's name, or null
 */
public record FeedItem(String id, String title, String link, String summary, Instant published, String author) {
  /** The longest summary kept, in characters; longer text is cut at a word and ends with "…". */
  public static final int MAX_SUMMARY = 2_000;

  public FeedItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(published, "published");
  }
}
