package dev.newsbrief.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbrief.extract.ArticleExtractor;
import dev.newsbrief.extract.Extraction;
import dev.newsbrief.fetch.FetchException;
import dev.newsbrief.fetch.FetchPolicy;
import dev.newsbrief.fetch.PageFetcher;
import dev.newsbrief.summarize.ExtractiveSummarizer;
import dev.newsbrief.testing.Await;
import dev.newsbrief.testing.Sites;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BriefServiceTest {
  final AtomicLong nanos = new AtomicLong();
  final AtomicInteger requests = new AtomicInteger();
  final CountDownLatch release = new CountDownLatch(1);
  final ExecutorService pool = Executors.newCachedThreadPool();
  MockWebServer site;
  BriefService service;
  PageFetcher fetcher;
  volatile int status = 200;

  @BeforeEach
  void start() throws Exception {
    site = new MockWebServer();
    site.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        requests.incrementAndGet();
        release.await(10, TimeUnit.SECONDS); // hold the response until every caller is waiting
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "text/html; charset=utf-8")
            .body(new Buffer().write(Sites.page("grid-storage"))).build();
      }
    });
    site.start(InetAddress.getByName("127.0.0.1"), 0);
    fetcher = new PageFetcher(FetchPolicy.defaults().withAllowPrivate(Set.of("127.0.0.1:" + site.getPort())));
    service = new BriefService(fetcher, new ArticleExtractor(), new ExtractiveSummarizer(), 100,
        Duration.ofMinutes(10), pool, nanos::get);
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
    site.close();
  }

  String url(String query) {
    return "http://127.0.0.1:" + site.getPort() + "/grid-storage" + query;
  }

  @Test
  void concurrentRequestsForOneUrlShareOneFetch() throws Exception {
    List<Future<Brief>> callers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String variant = i % 2 == 0 ? "" : "?utm_source=x" + i + "#top";
      callers.add(pool.submit(() -> service.brief(url(variant), 3)));
    }
    while (requests.get() == 0) {
      Thread.onSpinWait();
    }
    release.countDown();
    for (Future<Brief> caller : callers) {
      assertTrue(caller.get(10, TimeUnit.SECONDS).title().contains("largest battery"));
    }
    assertEquals(1, requests.get());
  }

  @Test
  void aReadInTheCallingThreadNeedsNoExecutorAndIsSharedWithOtherCallers() throws Exception {
    // The cache's executor runs nothing: only a read in the caller's own thread can finish.
    BriefService noExecutor = new BriefService(fetcher, new ArticleExtractor(), new ExtractiveSummarizer(), 100,
        Duration.ofMinutes(10), task -> { }, nanos::get);
    Future<Extraction> poller = pool.submit(() -> noExecutor.extractionInThisThread(url("")));
    Await.until("the page is requested", Duration.ofSeconds(10), () -> requests.get() > 0);
    Future<Brief> user = pool.submit(() -> noExecutor.brief(url("?utm_source=rss"), 3));
    release.countDown();

    assertTrue(poller.get(10, TimeUnit.SECONDS).article().title().contains("largest battery"));
    assertTrue(user.get(10, TimeUnit.SECONDS).keyPoints().size() >= 1);
    assertTrue(noExecutor.extractionAt(url("#top")).hasText());
    assertEquals(1, requests.get(), "one fetch for the poller, the user and the later call");
  }

  @Test
  void aFailedReadInTheCallingThreadIsThrownAndNotCached() throws Exception {
    release.countDown();
    status = 500;
    FetchException e = assertThrows(FetchException.class, () -> service.extractionInThisThread(url("")));
    assertEquals(500, e.status());
    status = 200;
    assertTrue(service.extractionInThisThread(url("")).hasText());
    assertEquals(2, requests.get());
  }

  @Test
  void entriesExpireAfterTheirTimeToLive() throws Exception {
    release.countDown();
    // Loaded in the calling thread: with a pool, the cache may stamp the entry's write time (on completing the
    // load) after the clock below has moved, and the entry would look fresh.
    BriefService service = new BriefService(fetcher, new ArticleExtractor(), new ExtractiveSummarizer(), 100,
        Duration.ofMinutes(10), Runnable::run, nanos::get);
    service.brief(url(""), 3);
    service.brief(url(""), 5);
    assertEquals(1, requests.get());
    nanos.addAndGet(Duration.ofMinutes(11).toNanos());
    service.brief(url(""), 3);
    assertEquals(2, requests.get());
  }

  @Test
  void failuresAreNotCached() throws Exception {
    release.countDown();
    status = 503;
    FetchException e = assertThrows(FetchException.class, () -> service.brief(url(""), 3));
    assertEquals(503, e.status());
    status = 200;
    assertTrue(service.brief(url(""), 3).keyPoints().size() >= 1);
    assertEquals(2, requests.get());
  }

  @Test
  void pageWithoutArticleTextIsReportedAsSuch() {
    release.countDown();
    NoArticleException e = assertThrows(NoArticleException.class, () -> service.extraction(
        new dev.newsbrief.fetch.FetchedPage("https://x.example/login", "text/html",
            java.nio.charset.StandardCharsets.UTF_8, "<html><body><form>Sign in</form></body></html>")));
    assertTrue(e.getMessage().startsWith("https://x.example/login: no article text"), e.getMessage());
  }

  @Test
  void javascriptAppWithADescriptionIsReadAsAnIncompletePreview() throws Exception {
    release.countDown();
    String description = "The council voted to expand the bus network with twelve new routes to the eastern"
        + " suburbs, at a cost of about forty million a year, after a long debate about road repairs.";
    dev.newsbrief.extract.Extraction x = service.extraction(new dev.newsbrief.fetch.FetchedPage(
        "https://x.example/app", "text/html", java.nio.charset.StandardCharsets.UTF_8,
        "<html><head><meta name=description content='" + description + "'></head><body>"
            + "<noscript>You need to enable JavaScript to run this app.</noscript><div id=root></div></body></html>"));
    assertEquals(false, x.complete());
    assertEquals(description, x.article().text());
    assertEquals("only a preview is available: the page needs JavaScript", x.reason());
    assertEquals("en", x.article().language());
  }

  @Test
  void loginWallWithoutDescriptionGivesTheReasonAsTheMessage() {
    release.countDown();
    NoArticleException e = assertThrows(NoArticleException.class, () -> service.extraction(
        new dev.newsbrief.fetch.FetchedPage("https://x.example/login", "text/html",
            java.nio.charset.StandardCharsets.UTF_8,
            "<html><body><form><input name=u><input type=password name=p><button>Sign in</button></form>"
                + "</body></html>")));
    assertEquals("https://x.example/login: only a preview is available: the page needs a login", e.getMessage());
  }

  @Test
  void cacheCountedAHugeArticleAsOneEntry() throws Exception {
    // Found by ResourceExhaustionTest: a thousand entries of 5 MiB pages (a gzip bomb is a few KB on the wire)
    // would have held gigabytes. Now an article takes cache room by its size.
    String sentence = "The council approved the new transit plan after a long debate about costs and routes. ";
    String small = "<p>" + sentence.repeat(10) + "</p>";
    StringBuilder huge = new StringBuilder(); // about 900 K characters, every paragraph its own
    for (int i = 0; i < 1000; i++) {
      huge.append("<p>Part ").append(i).append(". ").append(sentence.repeat(10)).append("</p>");
    }
    AtomicInteger hits = new AtomicInteger();
    try (MockWebServer pages = new MockWebServer()) {
      pages.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          hits.incrementAndGet();
          return new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8")
              .body(request.getUrl().encodedPath().equals("/huge") ? huge.toString() : small).build();
        }
      });
      pages.start(InetAddress.getByName("127.0.0.1"), 0);
      String base = "http://127.0.0.1:" + pages.getPort();
      BriefService tenEntries = new BriefService(
          new PageFetcher(FetchPolicy.defaults().withAllowPrivate(Set.of("127.0.0.1:" + pages.getPort()))),
          new ArticleExtractor(), new ExtractiveSummarizer(), 10, Duration.ofMinutes(10), Runnable::run, nanos::get);

      tenEntries.extractionAt(base + "/small");
      tenEntries.extractionAt(base + "/small");
      assertEquals(1, hits.get(), "an ordinary article is kept");
      Extraction first = tenEntries.extractionAt(base + "/huge");
      Extraction again = tenEntries.extractionAt(base + "/huge");
      assertEquals(3, hits.get(), "an article bigger than ten ordinary ones is not kept");
      assertEquals(first.article().paragraphs().size(), again.article().paragraphs().size());
      assertTrue(first.article().text().length() > 10 * BriefService.CHARS_PER_ENTRY);
    }
    assertEquals(1, BriefService.entries(new dev.newsbrief.extract.Article(null, null, "t", null, null, null, "en",
        List.of("x".repeat(BriefService.CHARS_PER_ENTRY - 10)), List.of(), null)));
    assertEquals(81, BriefService.entries(new dev.newsbrief.extract.Article(null, null, null, null, null, null, "en",
        List.of("x".repeat(5 * 1024 * 1024)), List.of(), null)));
  }
}
