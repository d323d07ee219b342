package dev.newsbrief.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsbrief.fetch.FeedResponse.Status;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feed fetching through the page fetcher's guard: conditional GET, typed statuses, moves, media types. */
class FeedFetcherTest {
  private final MockWebServer server = new MockWebServer();
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
  private FeedFetcher fetcher;
  private String base;

  @BeforeEach
  void start() throws Exception {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    base = "http://127.0.0.1:" + server.getPort();
    fetcher = new FeedFetcher(new PageFetcher(TestPolicies.allowing(server.getPort()), new FakeDns()), clock);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void sendsValidatorsAndReports304AsNotModified() throws Exception {
    server.enqueue(new MockResponse.Builder().code(304).addHeader("Cache-Control", "public, max-age=900").build());

    FeedResponse r = fetcher.fetch(base + "/feed", "\"v1\"", "Mon, 02 Mar 2026 07:00:00 GMT");

    RecordedRequest request = server.takeRequest();
    assertEquals("\"v1\"", request.getHeaders().get("If-None-Match"));
    assertEquals("Mon, 02 Mar 2026 07:00:00 GMT", request.getHeaders().get("If-Modified-Since"));
    assertEquals(Status.NOT_MODIFIED, r.status());
    assertEquals(Duration.ofMinutes(15), r.maxAge());
  }

  @Test
  void returnsBytesTypeAndValidatorsOfAFeed() throws Exception {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/atom+xml")
        .addHeader("ETag", "\"abc\"").addHeader("Last-Modified", "Mon, 02 Mar 2026 07:00:00 GMT")
        .body("<feed/>").build());

    FeedResponse r = fetcher.fetch(base + "/feed", null, null);

    assertEquals(Status.OK, r.status());
    assertEquals("<feed/>", new String(r.body()));
    assertEquals("\"abc\"", r.etag());
    assertEquals("application/atom+xml", r.contentType());
    assertNull(r.movedTo());
    assertNull(server.takeRequest().getHeaders().get("If-None-Match"));
  }

  @Test
  void reportsAPermanentMoveButNotATemporaryOne() throws Exception {
    server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "/new").build());
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/xml").body("<rss/>").build());
    server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/tmp").build());
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/xml").body("<rss/>").build());

    assertEquals(base + "/new", fetcher.fetch(base + "/old", null, null).movedTo());
    FeedResponse temporary = fetcher.fetch(base + "/old", null, null);
    assertNull(temporary.movedTo());
    assertEquals(base + "/tmp", temporary.url());
  }

  @Test
  void typesErrorStatusesAndReadsRetryAfter() throws Exception {
    server.enqueue(new MockResponse.Builder().code(410).build());
    server.enqueue(new MockResponse.Builder().code(404).build());
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "120").build());
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "Mon, 02 Mar 2026 09:00:00 GMT")
        .build());
    server.enqueue(new MockResponse.Builder().code(500).build());
    server.enqueue(new MockResponse.Builder().code(403).build());

    assertEquals(Status.GONE, fetcher.fetch(base + "/f", null, null).status());
    assertEquals(Status.NOT_FOUND, fetcher.fetch(base + "/f", null, null).status());
    FeedResponse limited = fetcher.fetch(base + "/f", null, null);
    assertEquals(Status.RATE_LIMITED, limited.status());
    assertEquals(Duration.ofMinutes(2), limited.retryAfter());
    FeedResponse unavailable = fetcher.fetch(base + "/f", null, null);
    assertEquals(Status.RATE_LIMITED, unavailable.status());
    assertEquals(Duration.ofHours(1), unavailable.retryAfter());
    assertEquals(Status.SERVER_ERROR, fetcher.fetch(base + "/f", null, null).status());
    assertEquals(Status.HTTP_ERROR, fetcher.fetch(base + "/f", null, null).status());
  }

  @Test
  void acceptsHtmlSoTheCallerCanNameItButRefusesAnImage() throws Exception {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html").body("<html></html>").build());
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "image/png").body("png").build());

    assertEquals(Status.OK, fetcher.fetch(base + "/f", null, null).status());
    FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(base + "/f", null, null));
    assertEquals(FetchException.Reason.UNSUPPORTED_TYPE, e.reason());
  }

  @Test
  void refusesAPrivateAddressLikeAnyPage() {
    FeedFetcher strict = new FeedFetcher(new PageFetcher(FetchPolicy.defaults(), new FakeDns()), clock);
    FetchException e = assertThrows(FetchException.class, () -> strict.fetch(base + "/f", null, null));
    assertEquals(FetchException.Reason.REFUSED, e.reason());
  }
}
