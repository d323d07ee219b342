package dev.newsbrief.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbrief.store.AlertOutbox;
import dev.newsbrief.testing.Sites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Items whose feed gives a headline only are matched on their article's lead: loopback feeds and article pages,
 * a temp-dir database, the poller reading articles through a real brief service.
 */
class LeadMatchingTest {
  private static final Duration TEN = Duration.ofMinutes(10);
  /** About 200 characters of filler that names no topic of these tests. */
  private static final String FILLER = "The council met on Tuesday evening to discuss the budget for the coming "
      + "year, and members spoke at length about road repairs, library hours and the cost of running the swimming "
      + "pool in the summer months.";

  @TempDir
  Path dir;
  private EngineHarness h;
  private int guid;

  @BeforeEach
  void open() throws Exception {
    h = new EngineHarness(dir, true);
    h.addFeed(1, "/a.xml");
    h.site.publish("/a.xml", h.item("Placeholder story"));
    h.poller.pollOnce(); // primes the feed: its backlog is marked seen
  }

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void aHeadlineOnlyItemWhoseLeadNamesTheTopicAlertsOnce() {
    h.subscribe(1, "nvidia");
    h.site.page("/chips", page("Chipmaker unveils its fastest accelerator yet",
        "The fastest accelerator the industry has seen was shown on Tuesday at a trade fair in San Jose.",
        "Nvidia said the chip doubles the speed of training large language models and ships next spring.",
        FILLER));
    h.site.publish("/a.xml", headline("Chipmaker unveils its fastest accelerator yet", "/chips"));

    PollReport report = h.pollAfter(TEN);

    assertEquals(1, report.alertsQueued(), report.toString());
    List<AlertOutbox.Entry> rows = h.outbox();
    assertEquals(1, rows.size());
    assertEquals("nvidia", rows.get(0).topic());
    assertEquals("", h.stories.get(rows.get(0).storyId()).orElseThrow().summary(),
        "the story keeps the feed's own text, not the article's");
    h.pollAfter(TEN);
    h.restart();
    h.pollAfter(TEN);
    assertEquals(1, h.count("SELECT COUNT(*) FROM alerts"));
    assertEquals(1, h.outbox().size());
    assertEquals(1, h.site.requestsTo("/chips").size());
  }

  @Test
  void aChineseHeadlineWhoseLeadSaysNaturalGasAlertsTheChatFollowing天然气() {
    h.subscribe(1, "天然气");
    h.subscribe(2, "石油"); // another chat's topic the story does not name
    h.site.page("/zh-gas", new String(Sites.page("zh-gas"), StandardCharsets.UTF_8));
    h.site.publish("/a.xml", headline("中俄东线管道南段贯通", "/zh-gas"));

    assertEquals(1, h.pollAfter(TEN).alertsQueued());

    List<AlertOutbox.Entry> rows = h.outbox();
    assertEquals(1, rows.size());
    assertEquals(1, rows.get(0).chatId());
    assertEquals("天然气", rows.get(0).topic());
  }

  @Test
  void aTopicNamedOnlyDeepInTheArticleIsNoAlert() {
    h.subscribe(1, "nvidia");
    h.site.page("/council", page("Council passes the budget", FILLER, FILLER, FILLER, FILLER, FILLER,
        "Among the suppliers named in the appendix was Nvidia, which sells the city its traffic cameras."));
    h.site.publish("/a.xml", headline("Council passes the budget", "/council"));

    PollReport report = h.pollAfter(TEN);

    assertEquals(1, h.site.requestsTo("/council").size(), "the article was read");
    assertEquals(0, report.alertsQueued());
    assertTrue(h.outbox().isEmpty());
  }

  @Test
  void anItemMatchingOnItsFeedTextOrSayingEnoughThereIsNotRead() {
    h.subscribe(1, "nvidia");
    h.site.page("/title", page("Nvidia shares jump", "Nvidia shares rose 8% in late trading.", FILLER));
    h.site.page("/long", page("Council passes the budget", "Nvidia cameras for the city.", FILLER));
    h.site.publish("/a.xml", headline("Nvidia shares jump", "/title"),
        new FeedSite.Item("long-" + (++guid), "Council passes the budget", h.site.url("/long"), FILLER,
            h.clock.instant().minusSeconds(30)));

    assertEquals(1, h.pollAfter(TEN).alertsQueued());

    assertEquals(0, h.site.requestsTo("/title").size(), "matched on its title: nothing to read");
    assertEquals(0, h.site.requestsTo("/long").size(), "its feed text says enough");
  }

  @Test
  void anArticleThatCannotBeReadIsNoAlertAndTheItemsAreStillRecorded() {
    h.subscribe(1, "nvidia");
    h.site.answer("/broken", new MockResponse.Builder().code(500).body("oops").build());
    h.site.publish("/a.xml",
        headline("Chipmaker unveils its fastest accelerator yet", "/broken"),
        new FeedSite.Item("meta-" + (++guid), "Cloud outage hits startups", "http://169.254.169.254/latest/meta-data",
            "", h.clock.instant().minusSeconds(20)),
        headline("Nvidia shares jump", "/title"));

    PollReport report = h.pollAfter(TEN);

    assertEquals(new PollReport(1, 3, 1, 0), report);
    assertEquals(1, h.site.requestsTo("/broken").size());
    assertEquals(1, h.outbox().size());
    assertEquals("Nvidia shares jump", h.stories.get(h.outbox().get(0).storyId()).orElseThrow().title());
    assertEquals(4, h.count("SELECT COUNT(*) FROM feed_items"));
    assertEquals(0, h.feeds.all().get(0).failures());

    h.site.page("/chips", page("Chipmaker unveils its fastest accelerator yet", "Nvidia showed a chip.", FILLER));
    h.site.publish("/a.xml", headline("Chipmaker ships the accelerator to its first customers", "/chips"));
    assertEquals(1, h.pollAfter(TEN).alertsQueued(), "the next poll reads leads as before");
  }

  @Test
  void withoutTopicsNoArticleIsRead() {
    h.site.page("/chips", page("Chipmaker unveils its fastest accelerator yet", "Nvidia showed a chip.", FILLER));
    h.site.publish("/a.xml", headline("Chipmaker unveils its fastest accelerator yet", "/chips"));

    assertEquals(1, h.pollAfter(TEN).itemsNew());

    assertEquals(0, h.site.requestsTo("/chips").size());
  }

  @Test
  void onlyItemsThatMayAlertAreReadNotABacklogNorOldItems() {
    h.subscribe(1, "nvidia");
    h.site.page("/chips", page("Chipmaker unveils its fastest accelerator yet", "Nvidia showed a chip.", FILLER));
    h.site.page("/old", page("Chipmaker ships last year's accelerator", "Nvidia shipped a chip.", FILLER));
    h.addFeed(1, "/b.xml");
    h.site.publish("/b.xml", headline("Chipmaker unveils its fastest accelerator yet", "/chips"));
    h.site.publish("/a.xml", new FeedSite.Item("old-" + (++guid), "Chipmaker ships last year's accelerator",
        h.site.url("/old"), "", h.clock.instant().minus(Duration.ofDays(3))));

    PollReport report = h.pollAfter(TEN);

    assertEquals(2, report.itemsNew());
    assertEquals(0, report.alertsQueued());
    assertEquals(0, h.site.requestsTo("/chips").size(), "a new feed's backlog is only marked seen");
    assertEquals(0, h.site.requestsTo("/old").size(), "too old to alert");
  }

  @Test
  void atMostThreeArticlesAreReadPerFeedAndPollTheNewestFirst() {
    h.subscribe(1, "nvidia");
    FeedSite.Item[] items = new FeedSite.Item[5];
    for (int i = 0; i < items.length; i++) {
      h.site.page("/chips-" + i, page("Chipmaker story " + i, "Nvidia showed chip number " + i + " today.", FILLER));
      // newest first, as feeds list them: item 0 is a minute old, item 4 five minutes
      items[i] = new FeedSite.Item("chips-" + i, "Chipmaker story " + i, h.site.url("/chips-" + i), "",
          h.clock.instant().minus(Duration.ofMinutes(i + 1)));
    }
    h.site.publish("/a.xml", items);

    PollReport report = h.pollAfter(TEN);

    assertEquals(5, report.itemsNew());
    assertEquals(3, report.alertsQueued());
    for (int i = 0; i < items.length; i++) {
      assertEquals(i < 3 ? 1 : 0, h.site.requestsTo("/chips-" + i).size(), "article " + i);
    }
    h.pollAfter(TEN);
    assertEquals(0, h.site.requestsTo("/chips-3").size(), "items seen are not read again");
  }

  @Test
  void aSiteThatDropsTheConnectionEndsThisPollsReadsOfThatFeed() {
    h.subscribe(1, "nvidia");
    FeedSite.Item[] items = new FeedSite.Item[3];
    for (int i = 0; i < items.length; i++) {
      h.site.answer("/down-" + i, new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
      items[i] = new FeedSite.Item("down-" + i, "Chipmaker story " + i, h.site.url("/down-" + i), "",
          h.clock.instant().minus(Duration.ofMinutes(i + 1)));
    }
    h.site.publish("/a.xml", items);

    PollReport report = h.pollAfter(TEN);

    assertEquals(3, report.itemsNew());
    assertEquals(0, report.alertsQueued());
    int tried = 0;
    for (int i = 0; i < items.length; i++) {
      tried += h.site.requestsTo("/down-" + i).isEmpty() ? 0 : 1;
    }
    assertEquals(1, tried, "after the newest article could not be reached, no other was tried");
    assertEquals(0, h.feeds.all().get(0).failures(), "the feed itself is fine");
  }

  @Test
  void aNewTopicsLookBackMatchesTheLeadsReadBeforeButNotATopicNamedDeepInTheArticle() {
    h.subscribe(2, "石油"); // some topic, so short items get their leads read
    h.site.page("/chips", page("Chipmaker unveils its fastest accelerator yet",
        "Nvidia showed the chip on Tuesday at a trade fair in San Jose.", FILLER));
    h.site.page("/council", page("Council passes the budget", FILLER, FILLER, FILLER, FILLER, FILLER,
        "Among the suppliers named in the appendix was Nvidia, which sells the city its traffic cameras."));
    h.site.publish("/a.xml", headline("Chipmaker unveils its fastest accelerator yet", "/chips"),
        headline("Council passes the budget", "/council"));
    assertEquals(0, h.pollAfter(TEN).alertsQueued(), "no topic named it then");

    long nvidia = h.subscribe(1, "nvidia");
    h.restart(); // the lead is read from the database, not from memory

    assertEquals(1, h.poller.backfill(1, nvidia, 3));
    List<AlertOutbox.Entry> rows = h.outbox();
    assertEquals(1, rows.size());
    assertEquals("Chipmaker unveils its fastest accelerator yet",
        h.stories.get(rows.get(0).storyId()).orElseThrow().title());
    long excluding = h.subscribe(3, "nvidia -trade");
    assertEquals(0, h.poller.backfill(3, excluding, 3), "an exclusion in the lead excludes");
    assertEquals(1, h.site.requestsTo("/chips").size(), "the look-back reads no page");
  }

  private FeedSite.Item headline(String title, String path) {
    return new FeedSite.Item("h-" + (++guid), title, h.site.url(path), "", h.clock.instant().minusSeconds(30));
  }

  private static String page(String title, String... paragraphs) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(title).append("</title></head><body><article><h1>").append(title).append("</h1>");
    for (String p : paragraphs) {
      b.append("<p>").append(p).append("</p>");
    }
    return b.append("</article></body></html>").toString();
  }
}
