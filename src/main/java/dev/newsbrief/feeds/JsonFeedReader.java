package dev.newsbrief.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbrief.feeds.FeedException.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Reads JSON Feed 1.0 and 1.1 (jsonfeed.org) with Jackson's tree model, tolerating what real feeds do:
 * numeric ids, epoch-second dates, the 1.0 {@code author} beside the 1.1 {@code authors}. Thread-safe.
 */
final class JsonFeedReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String VERSION_PREFIX = "https://jsonfeed.org/version/1";

  private JsonFeedReader() {
  }

  static RawFeed read(String text, String feedUrl) throws FeedException {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new FeedException(Reason.NOT_A_FEED, feedUrl, "not a feed: the JSON is malformed", e);
    }
    if (root == null || !root.isObject() || !text(root, "version").startsWith(VERSION_PREFIX)) {
      throw new FeedException(Reason.NOT_A_FEED, feedUrl, "not a feed: JSON, but not a JSON Feed");
    }
    JsonNode items = root.path("items");
    if (!items.isMissingNode() && !items.isArray()) {
      throw new FeedException(Reason.NOT_A_FEED, feedUrl, "not a feed: the JSON Feed's items are not a list");
    }
    List<RawFeed.Entry> entries = new ArrayList<>(items.size());
    for (JsonNode item : items) {
      if (item.isObject()) {
        entries.add(entry(item));
      }
    }
    return new RawFeed(text(root, "title"), nullIfEmpty(text(root, "home_page_url")), null,
        nullIfEmpty(text(root, "language")), null, entries);
  }

  private static RawFeed.Entry entry(JsonNode item) {
    String link = nullIfEmpty(text(item, "url"));
    if (link == null) {
      link = nullIfEmpty(text(item, "external_url"));
    }
    // summary and content_text are plain text: escaped, so "a <b> c" stays text when HTML is stripped
    String plain = firstNonEmpty(text(item, "summary"), text(item, "content_text"));
    String html = plain != null ? Entities.escape(plain) : firstNonEmpty(text(item, "content_html"));
    Instant published = date(item.path("date_published"));
    if (published == null) {
      published = date(item.path("date_modified"));
    }
    return new RawFeed.Entry(nullIfEmpty(text(item, "id")), text(item, "title"), link, null, html, published,
        author(item));
  }

  private static String author(JsonNode item) {
    for (JsonNode author : item.path("authors")) {
      String name = text(author, "name");
      if (!name.isBlank()) {
        return name.strip();
      }
    }
    String name = text(item.path("author"), "name");
    return name.isBlank() ? null : name.strip();
  }

  private static Instant date(JsonNode node) {
    if (node.isIntegralNumber()) {
      return FeedDates.fromEpoch(node.asLong());
    }
    return node.isTextual() ? FeedDates.parseText(node.asText()) : null;
  }

  /** The field as text, numbers included (some feeds write numeric ids); "" when absent or not a scalar. */
  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : "";
  }

  private static String firstNonEmpty(String... values) {
    for (String value : values) {
      if (!value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  private static String nullIfEmpty(String value) {
    return value.isBlank() ? null : value.strip();
  }
}
