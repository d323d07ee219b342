package dev.newsbrief.fetch;

import static dev.newsbrief.fetch.PageFetcherGuardTest.html;
import static dev.newsbrief.fetch.PageFetcherGuardTest.redirect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbrief.fetch.FetchException.Reason;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Redirects, deadlines, size caps, media types and error messages, against a loopback server. */
class PageFetcherLimitsTest {
  private final MockWebServer server = new MockWebServer();
  private String base;
  private FetchPolicy policy;

  @BeforeEach
  void start() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    base = "http://127.0.0.1:" + server.getPort();
    policy = TestPolicies.allowing(server.getPort());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private PageFetcher fetcher(FetchPolicy p) {
    return new PageFetcher(p, new FakeDns());
  }

  @Test
  void followsEveryRedirectKindAndReportsTheFinalUrl() throws Exception {
    server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "/b").build());
    server.enqueue(new MockResponse.Builder().code(303).addHeader("Location", "c?x=1").build());
    server.enqueue(new MockResponse.Builder().code(307).addHeader("Location", base + "/d").build());
    server.enqueue(new MockResponse.Builder().code(308)
        .addHeader("Location", "//127.0.0.1:" + server.getPort() + "/e").build());
    server.enqueue(redirect("/final"));
    server.enqueue(html("<p>done</p>"));

    FetchedPage page = fetcher(policy).fetch(base + "/a");

    assertEquals(base + "/final", page.url());
    assertEquals("<p>done</p>", page.body());
    assertEquals(6, server.getRequestCount());
  }

  @Test
  void refusesMoreThanFiveRedirects() {
    for (int i = 1; i <= 6; i++) {
      server.enqueue(redirect("/r" + i));
    }
    server.enqueue(html("<p>never</p>"));

    FetchException e = assertThrows(FetchException.class, () -> fetcher(policy).fetch(base + "/start"));

    assertEquals(Reason.TOO_MANY_REDIRECTS, e.reason());
    assertEquals(base + "/start: too many redirects (more than 5)", e.getMessage());
    assertEquals(6, server.getRequestCount());
  }

  @Test
  void followsExactlyFiveRedirects() throws Exception {
    for (int i = 1; i <= 5; i++) {
      server.enqueue(redirect("/r" + i));
    }
    server.enqueue(html("<p>made it</p>"));

    assertEquals(base + "/r5", fetcher(policy).fetch(base + "/start").url());
  }

  @Test
  void stopsARedirectLoopAtOnce() {
    server.enqueue(redirect("/b"));
    server.enqueue(redirect("/a"));

    FetchException e = assertThrows(FetchException.class, () -> fetcher(policy).fetch(base + "/a"));

    assertEquals(Reason.TOO_MANY_REDIRECTS, e.reason());
    assertEquals(base + "/a: the site redirects in a loop", e.getMessage());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void cutsAnOversizedBodyAtTheCapAndKeepsItsStart() throws Exception {
    String body = "<p>" + "a".repeat(5000) + "</p>";
    server.enqueue(html(body));

    FetchedPage page = fetcher(TestPolicies.withMaxBody(policy, 1000)).fetch(base + "/");

    assertEquals(body.substring(0, 1000), page.body());
  }

  @Test
  void stopsAGzipBombAtTheCapOnDecodedBytes() throws Exception {
    Buffer bomb = gzipOfLetters(50 * 1024 * 1024);
    long compressed = bomb.size();
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/plain")
        .addHeader("Content-Encoding", "gzip").body(bomb).build());
    long cap = 1024 * 1024;
    long started = System.nanoTime();

    FetchedPage page = fetcher(TestPolicies.withMaxBody(policy, cap)).fetch(base + "/bomb");

    assertTrue(compressed < 100_000, "the bomb is small on the wire: " + compressed);
    assertEquals(cap, page.body().length());
    assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5));
  }

  @Test
  void aDeflateBodyIsRefusedNotSummarizedAsGarbage() throws IOException {
    // Found by ResourceExhaustionTest: a deflate bomb reached the extractor as compressed bytes and became a brief.
    Buffer deflated = new Buffer();
    try (var out = new java.util.zip.DeflaterOutputStream(deflated.outputStream())) {
      out.write("<p>never inflated</p>".getBytes(StandardCharsets.UTF_8));
    }
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
        .addHeader("Content-Encoding", "deflate").body(deflated).build());
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
        .addHeader("Content-Encoding", "identity").body("<p>plain</p>").build());

    FetchException e = assertThrows(FetchException.class, () -> fetcher(policy).fetch(base + "/deflate"));

    assertEquals(Reason.UNSUPPORTED_TYPE, e.reason());
    assertEquals(base + "/deflate: the page came compressed as 'deflate', which was not asked for", e.getMessage());
    assertEquals("<p>plain</p>", fetcher(policy).fetch(base + "/identity").body());
  }

  @Test
  void refusesAPdfWithoutReadingItsBody() {
    // the body would take 30 s to arrive; reading it would end in TIMEOUT, not UNSUPPORTED_TYPE
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/PDF")
        .body("%PDF-1.7 " + "x".repeat(30)).throttleBody(1, 1, TimeUnit.SECONDS).build());

    FetchException e = assertThrows(FetchException.class,
        () -> fetcher(TestPolicies.withCallTimeout(policy, Duration.ofSeconds(3))).fetch(base + "/paper.pdf"));

    assertEquals(Reason.UNSUPPORTED_TYPE, e.reason());
    assertEquals("not an article: application/pdf", e.getMessage());
    assertEquals("application/pdf", e.mediaType());
  }

  @Test
  void reportsAnErrorStatusInOneHumanLine() {
    server.enqueue(new MockResponse.Builder().code(404).body("not here").build());

    FetchException e = assertThrows(FetchException.class, () -> fetcher(policy).fetch(base + "/missing"));

    assertEquals(Reason.HTTP_STATUS, e.reason());
    assertEquals(404, e.status());
    assertEquals(base + "/missing: the site answered HTTP 404", e.getMessage());
  }

  @Test
  void stopsATricklingBodyAtTheCallDeadline() {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
        .body("<p>" + "slow ".repeat(200) + "</p>").throttleBody(1, 50, TimeUnit.MILLISECONDS).build());
    long started = System.nanoTime();

    FetchException e = assertThrows(FetchException.class,
        () -> fetcher(TestPolicies.withCallTimeout(policy, Duration.ofMillis(600))).fetch(base + "/slow"));

    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    assertEquals(Reason.TIMEOUT, e.reason());
    assertEquals(base + "/slow: the site took too long to answer", e.getMessage());
    assertTrue(tookMillis < 3000, "took " + tookMillis + " ms");
  }

  @Test
  void theDeadlineSpansAllRedirectHops() {
    for (int i = 1; i <= 4; i++) {
      server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/hop" + i)
          .headersDelay(250, TimeUnit.MILLISECONDS).build());
    }
    server.enqueue(html("<p>late</p>"));

    FetchException e = assertThrows(FetchException.class,
        () -> fetcher(TestPolicies.withCallTimeout(policy, Duration.ofMillis(600))).fetch(base + "/hop0"));

    assertEquals(Reason.TIMEOUT, e.reason(), e.getMessage());
    assertTrue(server.getRequestCount() < 5);
  }

  @Test
  void reportsARefusedConnectionPlainly() throws IOException {
    MockWebServer closed = new MockWebServer();
    closed.start(InetAddress.getByName("127.0.0.1"), 0);
    int port = closed.getPort();
    closed.close();
    String url = "http://127.0.0.1:" + port + "/";

    FetchException e = assertThrows(FetchException.class,
        () -> fetcher(TestPolicies.allowing(port)).fetch(url));

    assertEquals(Reason.NETWORK, e.reason());
    assertEquals(url + ": could not connect (connection refused)", e.getMessage());
  }

  @Test
  void reportsAnUnknownHostPlainly() {
    FetchException e = assertThrows(FetchException.class,
        () -> fetcher(FetchPolicy.defaults()).fetch("https://no-such-host.example/x"));

    assertEquals(Reason.NETWORK, e.reason());
    assertEquals("https://no-such-host.example/x: no such host", e.getMessage());
  }

  @Test
  void reportsTheMediaTypeLowerCaseWithoutParameters() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200)
        .addHeader("Content-Type", "Text/Plain; Charset=UTF-8").body("just words").build());

    FetchedPage page = fetcher(policy).fetch(base + "/notes.txt");

    assertEquals("text/plain", page.mediaType());
    assertEquals(false, page.isHtml());
    assertEquals(StandardCharsets.UTF_8, page.charset());
  }

  @Test
  void sniffsAMissingContentType() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("\ufeff  \n<!doctype html><p>x</p>").build());
    server.enqueue(new MockResponse.Builder().code(200).body("plain words").build());
    server.enqueue(new MockResponse.Builder().code(200)
        .body(new Buffer().write(new byte[] {1, 0, 2, 0})).build());

    FetchedPage html = fetcher(policy).fetch(base + "/1");
    FetchedPage text = fetcher(policy).fetch(base + "/2");
    FetchException binary = assertThrows(FetchException.class, () -> fetcher(policy).fetch(base + "/3"));

    assertEquals("text/html", html.mediaType());
    assertEquals("  \n<!doctype html><p>x</p>", html.body());
    assertEquals("text/plain", text.mediaType());
    assertEquals(Reason.UNSUPPORTED_TYPE, binary.reason());
  }

  @Test
  void decodesAGbkPageThatDeclaresItsCharsetOnlyInMeta() throws Exception {
    String html = "<html><head><meta charset=\"gbk\"><title>朱镕基</title></head><body><p>① 价格 €5</p></body></html>";
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
        .body(new Buffer().write(html.getBytes("GBK"))).build());

    FetchedPage page = fetcher(policy).fetch(base + "/zh");

    assertEquals(html, page.body());
    assertEquals("GB18030", page.charset().name());
  }

  @Test
  void headerCharsetWinsOverMetaOnAFetchedPage() throws Exception {
    String html = "<meta charset=\"gbk\"><p>café 镕</p>";
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html; charset=UTF-8")
        .body(new Buffer().writeUtf8(html)).build());

    FetchedPage page = fetcher(policy).fetch(base + "/utf8");

    assertEquals(html, page.body());
    assertEquals(StandardCharsets.UTF_8, page.charset());
  }

  private static Buffer gzipOfLetters(int size) throws IOException {
    Buffer out = new Buffer();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out.outputStream())) {
      byte[] chunk = new byte[64 * 1024];
      Arrays.fill(chunk, (byte) 'a');
      for (int written = 0; written < size; written += chunk.length) {
        gzip.write(chunk);
      }
    }
    return out;
  }
}
