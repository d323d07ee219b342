package dev.newsbrief.feeds;

import dev.newsbrief.feeds.FeedException.Reason;
import dev.newsbrief.fetch.PageDecoder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Turns the bytes of a fetched feed into a {@link Feed}: RSS 0.9x/1.0/2.0 and Atom (with ROME), JSON Feed
 * 1.0/1.1 (with Jackson). Pure: it reads only the bytes given, opens no connection, reads no clock (the
 * fetch time is passed in) and refuses XML DOCTYPEs with entities (no XXE).
 *
 * <p>The charset is chosen as for pages ({@link PageDecoder}): a byte-order mark, then the Content-Type
 * {@code charset}, then the XML declaration's {@code encoding}, then detection; legacy labels map as
 * browsers do, so a feed declaring {@code gb2312} decodes as GB18030 and keeps characters like 镕.
 *
 * <p>Thread-safe and stateless; share one instance.
 */
public final class FeedParser {

  /**
   * Parses one fetched feed.
   *
   * @param bytes       the response body as fetched (capped by the fetcher)
   * @param contentType the response's Content-Type header, or null
   * @param feedUrl     the feed's final http(s) URL after redirects; relative links resolve against it
   * @param fetchedAt   when the bytes were fetched; items without a usable date get this time
   * @return the feed; a feed without items is returned with an empty list, not refused
   * @throws FeedException when the bytes are an HTML page, a bot check or otherwise not a feed; the
   *                       message is one human line
   * @throws IllegalArgumentException when {@code feedUrl} is not an http(s) URL
   */
  public Feed parse(byte[] bytes, String contentType, String feedUrl, Instant fetchedAt) throws FeedException {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    HttpUrl base = HttpUrl.parse(Objects.requireNonNull(feedUrl, "feedUrl"));
    if (base == null) {
      throw new IllegalArgumentException("feedUrl is not an http(s) URL: " + feedUrl);
    }
    String text = PageDecoder.decode(bytes, charsetParameter(contentType));
    RawFeed raw = switch (FeedSniffer.classify(text, contentType)) {
      case EMPTY -> throw new FeedException(Reason.NOT_A_FEED, feedUrl, "not a feed: the response is empty");
      case HTML -> throw new FeedException(Reason.HTML_PAGE, feedUrl, "an HTML page, not a feed");
      case BOT_CHECK -> throw new FeedException(Reason.BOT_CHECK, feedUrl, "a bot check page, not the feed");
      case OTHER -> throw new FeedException(Reason.NOT_A_FEED, feedUrl, "not a feed: neither XML nor JSON");
      case JSON -> JsonFeedReader.read(text, feedUrl);
      case XML -> RomeFeedReader.read(text, feedUrl);
    };
    return normalize(raw, base, fetchedAt);
  }

  private static Feed normalize(RawFeed raw, HttpUrl feedUrl, Instant fetchedAt) {
    HttpUrl feedBase = rebase(feedUrl, raw.base());
    Map<String, Integer> guids = ItemIdentity.guidCounts(raw.entries());
    Map<String, String> textById = new HashMap<>();
    List<FeedItem> items = new ArrayList<>(raw.entries().size());
    for (RawFeed.Entry entry : raw.entries()) {
      String link = absolute(rebase(feedBase, entry.base()), entry.link());
      String text = FeedText.plain(entry.html());
      String title = FeedText.plain(entry.title());
      String id = ItemIdentity.of(entry.guid(), guids.getOrDefault(entry.guid(), 0) == 1, link, title, text);
      String content = title + '\u0000' + text;
      String seen = textById.putIfAbsent(id, content);
      if (seen != null) {
        if (seen.equals(content)) {
          continue; // the same item twice in one feed
        }
        // two different items share a guid and a link: the text tells them apart
        id = ItemIdentity.hash(title, text);
        if (textById.putIfAbsent(id, content) != null) {
          continue;
        }
      }
      items.add(new FeedItem(id, title, link, FeedText.cap(text, FeedItem.MAX_SUMMARY),
          FeedDates.orFetchTime(entry.published(), fetchedAt), entry.author()));
    }
    String language = raw.language() == null || raw.language().isBlank() ? null : raw.language().strip();
    return new Feed(FeedText.plain(raw.title()), absolute(feedBase, raw.siteLink()), language, raw.ttlMinutes(),
        items);
  }

  /** {@code base} moved by an {@code xml:base}, relative or absolute; unchanged when there is none or it is not http(s). */
  private static HttpUrl rebase(HttpUrl base, String xmlBase) {
    if (xmlBase == null || xmlBase.isBlank()) {
      return base;
    }
    HttpUrl moved = base.resolve(xmlBase.strip());
    return moved != null ? moved : base;
  }

  /** {@code link} resolved against {@code base}; null when missing or not http(s) ({@code javascript:}, {@code mailto:}). */
  private static String absolute(HttpUrl base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    HttpUrl resolved = base.resolve(link.strip());
    return resolved == null ? null : resolved.toString();
  }

  /** The {@code charset} parameter of a Content-Type header, or null. */
  static String charsetParameter(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String parameter = part.strip();
      if (parameter.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        String value = parameter.substring(8).strip();
        return value.replace("\"", "").replace("'", "");
      }
    }
    return null;
  }
}
