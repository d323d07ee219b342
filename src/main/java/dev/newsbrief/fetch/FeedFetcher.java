package dev.newsbrief.fetch;

import dev.newsbrief.fetch.FetchException.Reason;
import dev.newsbrief.fetch.PageFetcher.Followed;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Response;

/**
 * Fetches feeds through the same guard, caps and deadline as pages (it drives the {@link PageFetcher}'s one
 * client), with conditional GET, and reports statuses as typed outcomes instead of exceptions: a feed that
 * answers 404 or 429 is an ordinary state of the world for a poller.
 *
 * <p>Thread-safe; share one instance.
 */
public final class FeedFetcher {
  static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
      + "application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1";
  /** Feed types, and HTML so the caller can say "that is a web page, not its feed". */
  private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
      "application/rdf+xml", "application/xml", "text/xml", "application/json", "application/feed+json",
      "text/html", "application/xhtml+xml", "text/plain", "application/octet-stream");
  private static final Pattern MAX_AGE = Pattern.compile("(?i)(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d{1,9})");

  private final PageFetcher pages;
  private final Clock clock;

  /** Fetches with {@code pages}' client and policy; {@code clock} reads Retry-After dates. */
  public FeedFetcher(PageFetcher pages, Clock clock) {
    this.pages = pages;
    this.clock = clock;
  }

  /**
   * Fetches a feed.
   *
   * @param url          the feed's address
   * @param etag         the ETag stored from the last answer, sent as If-None-Match; or null
   * @param lastModified the Last-Modified stored from the last answer, sent as If-Modified-Since; or null
   * @throws FetchException when nothing usable came back: refused address, network failure, timeout,
   *                        too many redirects, or a media type no feed has (an image, a PDF)
   */
  public FeedResponse fetch(String url, String etag, String lastModified) throws FetchException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", ACCEPT);
    if (etag != null && !etag.isBlank()) {
      headers.put("If-None-Match", etag);
    }
    if (lastModified != null && !lastModified.isBlank()) {
      headers.put("If-Modified-Since", lastModified);
    }
    Followed<FeedResponse> followed = pages.follow(url, headers, this::read);
    FeedResponse r = followed.value();
    String movedTo = followed.permanentlyMoved() ? followed.finalUrl() : null;
    return new FeedResponse(r.status(), r.code(), followed.finalUrl(), movedTo, r.body(), r.contentType(),
        r.etag(), r.lastModified(), r.maxAge(), r.retryAfter());
  }

  private FeedResponse read(Response response, HttpUrl url, String shown) throws IOException {
    int code = response.code();
    FeedResponse.Status status = status(code, response.header("Retry-After") != null);
    String contentType = response.header("Content-Type");
    byte[] body = null;
    if (status == FeedResponse.Status.OK) {
      String mediaType = ContentType.parse(contentType).mediaType();
      if (mediaType != null && !FEED_TYPES.contains(mediaType)) {
        throw new FetchException(Reason.UNSUPPORTED_TYPE, shown, 0, mediaType, "not a feed: " + mediaType, null);
      }
      body = pages.body(response, shown);
    }
    return new FeedResponse(status, code, url.toString(), null, body, contentType,
        response.header("ETag"), response.header("Last-Modified"), maxAge(response.header("Cache-Control")),
        retryAfter(response.header("Retry-After")));
  }

  private static FeedResponse.Status status(int code, boolean retryAfter) {
    if (code == 304) {
      return FeedResponse.Status.NOT_MODIFIED;
    }
    if (code >= 200 && code <= 299) {
      return FeedResponse.Status.OK;
    }
    if (code == 410) {
      return FeedResponse.Status.GONE;
    }
    if (code == 404) {
      return FeedResponse.Status.NOT_FOUND;
    }
    if (code == 429 || code == 503 && retryAfter) {
      return FeedResponse.Status.RATE_LIMITED;
    }
    return code >= 500 ? FeedResponse.Status.SERVER_ERROR : FeedResponse.Status.HTTP_ERROR;
  }

  static Duration maxAge(String cacheControl) {
    if (cacheControl == null || cacheControl.toLowerCase(Locale.ROOT).contains("no-cache")) {
      return null;
    }
    Matcher m = MAX_AGE.matcher(cacheControl);
    return m.find() ? Duration.ofSeconds(Long.parseLong(m.group(1))) : null;
  }

  /** Retry-After as delta seconds or an HTTP date; null when absent or unreadable. */
  Duration retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.strip();
    if (value.chars().allMatch(Character::isDigit) && value.length() <= 9) {
      return Duration.ofSeconds(Long.parseLong(value));
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(clock.instant(), at);
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return null; // a garbled header is no reason to fail the poll; the backoff applies instead
    }
  }
}
