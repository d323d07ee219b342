package dev.newsbrief.feeds;

import java.util.List;
import java.util.Objects;

/**
 * A parsed feed. A feed with no items is a valid feed (a new or quiet source), not an error.
 *
 * @param title      plain text, never null (empty when the feed has none)
 * @param siteLink   the site's absolute home page link, or null
 * @param language   the declared language tag as written (e.g. {@code zh-cn}), or null
 * @param ttlMinutes the RSS {@code <ttl>}: how many minutes the feed may be cached; null when absent
 * @param items      the items in feed order, one per identity
 */
public record Feed(String title, String siteLink, String language, Integer ttlMinutes, List<FeedItem> items) {
  public Feed {
    Objects.requireNonNull(title, "title");
    items = List.copyOf(items);
  }
}
