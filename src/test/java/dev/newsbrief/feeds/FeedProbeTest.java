package dev.newsbrief.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What /addfeed is told about an address. */
class FeedProbeTest {
  @TempDir
  Path dir;
  private EngineHarness h;
  private FeedProbe probe;

  @BeforeEach
  void open() throws Exception {
    h = new EngineHarness(dir);
    probe = new FeedProbe(h.fetcher(), h.clock);
  }

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void aFeedIsOkWithItsTitleAndItemCount() {
    h.site.publish("/a.xml", h.item("One"), h.item("Two"));
    FeedProbe.Result r = probe.probe(h.site.url("/a.xml"));
    assertTrue(r.ok());
    assertEquals("Site /a.xml", r.title());
    assertEquals(2, r.items());
  }

  @Test
  void namesWhyAnAddressIsNotAFeed() {
    h.site.answer("/page", new MockResponse.Builder().addHeader("Content-Type", "text/html")
        .body("<!doctype html><html><head><title>Home</title></head><body><p>Hello</p></body></html>").build());
    h.site.answer("/wall", new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
        .body("<html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>").build());
    assertEquals("not a feed (an HTML page)", probe.probe(h.site.url("/page")).problem());
    assertEquals("blocked by a bot wall", probe.probe(h.site.url("/wall")).problem());
    assertEquals("HTTP 404", probe.probe(h.site.url("/missing")).problem());
  }

  @Test
  void aSitesHomePageLeadsToTheFeedItNames() {
    h.site.publish("/feed.xml", h.item("One"));
    h.site.answer("/", new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8")
        .body("<!doctype html><html><head><title>Home</title><link rel=\"alternate\" "
            + "type=\"application/rss+xml\" href=\"/feed.xml\"></head><body><p>Hello</p></body></html>").build());

    FeedProbe.Result r = probe.probe(h.site.url("/"));

    assertTrue(r.ok(), r.toString());
    assertEquals(h.site.url("/feed.xml"), r.url());
    assertEquals(1, r.items());
  }
}
