package dev.newsbrief.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbrief.store.AlertOutbox;
import dev.newsbrief.store.AlertOutbox.Kind;
import dev.newsbrief.store.Feeds;
import dev.newsbrief.store.Stories;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed engine end to end: loopback feeds, a temp-dir database, a hand-moved clock. */
class FeedPollerTest {
  private static final Duration TEN = Duration.ofMinutes(10);

  @TempDir
  Path dir;
  private EngineHarness h;

  @BeforeEach
  void open() throws Exception {
    h = new EngineHarness(dir);
  }

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void firstPollPrimesWithoutAlertingThenANewItemAlertsExactlyOnce() {
    h.addFeed(1, "/a.xml");
    h.subscribe(1, "nvidia");
    h.site.publish("/a.xml", h.item("Nvidia backlog story from yesterday"));

    PollReport first = h.poller.pollOnce();
    assertEquals(1, first.itemsNew());
    assertEquals(0, first.alertsQueued());
    assertTrue(h.outbox().isEmpty());

    h.site.publish("/a.xml", h.item("Nvidia unveils a new chip"));
    PollReport second = h.pollAfter(TEN);
    assertEquals(1, second.itemsNew());
    assertEquals(1, second.alertsQueued());
    List<AlertOutbox.Entry> rows = h.outbox();
    assertEquals(1, rows.size());
    assertEquals(Kind.ALERT, rows.get(0).kind());
    assertEquals("nvidia", rows.get(0).topic());
    assertNull(rows.get(0).dueAt());

    h.pollAfter(TEN);
    h.restart();
    h.pollAfter(TEN);
    assertEquals(1, h.count("SELECT COUNT(*) FROM alerts"));
    assertEquals(1, h.outbox().size());
  }

  @Test
  void sameStoryInTwoFeedsIsOneAlertWithTwoSourcesAndOneAlsoRow() {
    h.addFeed(1, "/a.xml");
    h.addFeed(1, "/b.xml");
    h.addFeed(1, "/c.xml");
    h.subscribe(1, "tesla");
    h.poller.pollOnce(); // empty feeds: 404 here would fail them, so publish placeholders first
    h.site.publish("/a.xml", h.item("Placeholder a"));
    h.site.publish("/b.xml", h.item("Placeholder b"));
    h.site.publish("/c.xml", h.item("Placeholder c"));
    h.pollAfter(Duration.ofHours(1)); // primes all three

    h.site.publish("/a.xml", h.item("Tesla recalls 100,000 cars", "https://news.example/tesla-recall", Duration.ZERO));
    h.pollAfter(Duration.ofHours(1));
    AlertOutbox.Entry alert = h.outbox().get(0);
    h.outbox.sent(alert.id(), 1, alert.storyId(), 555);

    h.site.publish("/b.xml", h.item("Tesla recalls 100,000 cars",
        "https://news.example/tesla-recall?utm_source=rss", Duration.ZERO));
    h.pollAfter(Duration.ofHours(1));
    h.site.publish("/c.xml", h.item("Tesla recalls 100,000 cars", "https://news.example/tesla-recall#top",
        Duration.ZERO));
    h.pollAfter(Duration.ofHours(1));

    assertEquals(1, h.count("SELECT COUNT(*) FROM alerts"));
    List<AlertOutbox.Entry> rows = h.outbox();
    assertEquals(1, rows.size(), rows.toString());
    assertEquals(Kind.ALSO, rows.get(0).kind());
    assertEquals("Site /b.xml", rows.get(0).detail());
    Stories.Story story = h.stories.get(alert.storyId()).orElseThrow();
    assertEquals(3, story.sources().size());
    assertEquals(555, h.count("SELECT message_id FROM alerts"));
  }

  @Test
  void unchangedFeedIsAskedConditionallyAndAnswers304() {
    h.addFeed(1, "/a.xml");
    h.site.publish("/a.xml", h.item("Something"));
    h.poller.pollOnce();
    PollReport again = h.pollAfter(TEN);

    assertEquals(1, again.feedsPolled());
    assertEquals(0, again.itemsNew());
    var last = h.site.requestsTo("/a.xml").get(1);
    assertTrue(last.getHeaders().get("If-None-Match") != null, "conditional GET sent");
    Feeds.Row feed = h.feeds.all().get(0);
    assertEquals(h.clock.instant().plus(TEN), feed.nextPollAt());
    assertEquals(0, feed.failures());
  }

  @Test
  void aFeedFailingThreeTimesTellsEachChatOnceAndAgainOnlyAfterRecovering() {
    long feed = h.addFeed(1, "/broken.xml");
    h.feeds.add(2, h.site.url("/broken.xml"), null);
    h.feeds.upsertBuiltin(h.site.url("/builtin-broken.xml"), "Built in", "en");

    h.poller.pollOnce();
    h.pollAfter(Duration.ofMinutes(10));
    h.pollAfter(Duration.ofMinutes(20));
    List<AlertOutbox.Entry> notices = h.outbox();
    assertEquals(2, notices.size(), notices.toString());
    assertEquals(List.of(1L, 2L), notices.stream().map(AlertOutbox.Entry::chatId).toList());
    assertEquals("HTTP 404", notices.get(0).detail());
    assertEquals(feed, notices.get(0).feedId());

    h.pollAfter(Duration.ofMinutes(40));
    assertEquals(2, h.outbox().size(), "the fourth failure tells no one again");

    h.site.publish("/broken.xml", h.item("Back"));
    h.pollAfter(Duration.ofMinutes(80));
    Feeds.Row row = h.feeds.get(feed).orElseThrow();
    assertEquals(0, row.failures());
    assertTrue(!row.failureNoticed());

    h.site.answer("/broken.xml", new mockwebserver3.MockResponse.Builder().code(200)
        .addHeader("Content-Type", "text/html").body("<html><body>Just a page</body></html>").build());
    h.pollAfter(TEN);
    h.pollAfter(TEN);
    h.pollAfter(Duration.ofMinutes(20));
    List<AlertOutbox.Entry> after = h.outbox();
    assertEquals(4, after.size());
    assertEquals("not a feed (an HTML page)", after.get(3).detail());
  }

  @Test
  void failuresBackOffExponentially() {
    long feed = h.addFeed(1, "/missing.xml");
    Instant start = h.clock.instant();
    h.poller.pollOnce();
    assertEquals(start.plus(TEN), h.feeds.get(feed).orElseThrow().nextPollAt());
    h.pollAfter(TEN);
    assertEquals(h.clock.instant().plus(Duration.ofMinutes(20)), h.feeds.get(feed).orElseThrow().nextPollAt());
    PollReport early = h.pollAfter(Duration.ofMinutes(19));
    assertEquals(0, early.feedsPolled(), "not due yet");
    h.pollAfter(Duration.ofMinutes(1));
    assertEquals(h.clock.instant().plus(Duration.ofMinutes(40)), h.feeds.get(feed).orElseThrow().nextPollAt());
  }

  @Test
  void retryAfterAndTtlAreHonoured() {
    long limited = h.addFeed(1, "/limited.xml");
    long slow = h.addFeed(1, "/slow.xml");
    h.site.answer("/limited.xml", new mockwebserver3.MockResponse.Builder().code(429)
        .addHeader("Retry-After", "3600").build());
    h.site.publish("/slow.xml", h.item("Slow news"));
    h.site.channelExtra("/slow.xml", "<ttl>60</ttl>");

    h.poller.pollOnce();

    Instant now = h.clock.instant();
    assertEquals(now.plus(Duration.ofHours(1)), h.feeds.get(limited).orElseThrow().nextPollAt());
    Feeds.Row row = h.feeds.get(slow).orElseThrow();
    assertEquals(now.plus(Duration.ofMinutes(60)), row.nextPollAt());
    assertEquals(3600, row.intervalSeconds());
  }

  @Test
  void anItemPublishedWhileDownIsAlertedAfterRestartUnlessTooOld() {
    h.addFeed(1, "/a.xml");
    h.subscribe(1, "bitcoin");
    h.site.publish("/a.xml", h.item("Quiet day"));
    h.poller.pollOnce();
    h.poller.close();
    h.db.close();

    h.clock.advance(Duration.ofDays(3));
    h.site.publish("/a.xml", h.item("Bitcoin old news", "https://news.example/old", Duration.ofHours(60)));
    h.site.publish("/a.xml", h.item("Bitcoin hits a record", "https://news.example/new", Duration.ofHours(5)));
    h.open();
    PollReport report = h.poller.pollOnce();

    assertEquals(2, report.itemsNew());
    assertEquals(1, report.alertsQueued());
    long story = h.outbox().get(0).storyId();
    assertEquals("Bitcoin hits a record", h.stories.get(story).orElseThrow().title());
  }

  @Test
  void chineseAndEnglishTopicsMatchThroughTheEngine() {
    h.addFeed(1, "/a.xml");
    h.site.publish("/a.xml", h.item("Prime"));
    h.poller.pollOnce();
    h.subscribe(1, "天然气");
    h.subscribe(2, "nvidia -amd");
    h.subscribe(3, "\"natural gas\"");
    h.site.publish("/a.xml",
        h.item("国内天然气价格上涨", "https://news.example/cn", Duration.ZERO),
        h.item("Nvidia and AMD cut prices", "https://news.example/both", Duration.ZERO),
        h.item("Nvidia ships its new chip", "https://news.example/nv", Duration.ZERO),
        h.item("Natural gas prices climb", "https://news.example/gas", Duration.ZERO),
        h.item("Gas turns natural in a lab", "https://news.example/lab", Duration.ZERO));

    h.pollAfter(TEN);

    List<AlertOutbox.Entry> rows = h.outbox();
    assertEquals(3, rows.size(), rows.toString());
    assertEquals(List.of("国内天然气价格上涨"), titlesFor(rows, 1));
    assertEquals(List.of("Nvidia ships its new chip"), titlesFor(rows, 2));
    assertEquals(List.of("Natural gas prices climb"), titlesFor(rows, 3));
  }

  private List<String> titlesFor(List<AlertOutbox.Entry> rows, long chat) {
    return rows.stream().filter(r -> r.chatId() == chat)
        .map(r -> h.stories.get(r.storyId()).orElseThrow().title()).toList();
  }

  @Test
  void aDigestTopicIsDueAtTheChatsLocalTime() {
    h.addFeed(7, "/a.xml");
    h.site.publish("/a.xml", h.item("Prime"));
    h.poller.pollOnce();
    h.exec("INSERT INTO chat_settings (chat_id, points, link_preview, summarize_all, updated_at, time_zone)"
        + " VALUES (7, 5, 1, 0, 0, 'Asia/Shanghai')");
    long sub = h.subscribe(7, "airbus");
    h.subs.setDigest(7, sub, 8 * 60);
    h.site.publish("/a.xml", h.item("Airbus delivers a plane"));

    h.pollAfter(TEN); // 08:10 UTC = 16:10 in Shanghai

    AlertOutbox.Entry row = h.outbox().get(0);
    assertEquals(Instant.parse("2026-03-03T00:00:00Z"), row.dueAt());
    assertTrue(h.outbox.due(h.clock.instant(), 10).isEmpty(), "not due before the digest time");
  }

  @Test
  void aMutedTopicRecordsTheStoryButQueuesNothing() {
    h.addFeed(1, "/a.xml");
    h.site.publish("/a.xml", h.item("Prime"));
    h.poller.pollOnce();
    long sub = h.subscribe(1, "boeing");
    h.subs.mute(1, sub, h.clock.instant().plus(Duration.ofDays(1)));
    h.site.publish("/a.xml", h.item("Boeing strike ends"));

    PollReport report = h.pollAfter(TEN);

    assertEquals(0, report.alertsQueued());
    assertTrue(h.outbox().isEmpty());
    assertEquals(1, h.count("SELECT COUNT(*) FROM alerts"));
  }

  @Test
  void aNewTopicLooksBackAtMostThreeStories() {
    h.addFeed(1, "/a.xml");
    for (String title : List.of("Chile nationalizes its lithium industry", "Lithium prices fall for a third month",
        "Battery makers hoard lithium", "A lithium find in Serbia splits a town", "Why lithium matters")) {
      h.site.publish("/a.xml", h.item(title));
    }
    h.site.publish("/a.xml", h.item("Something else entirely"));
    h.poller.pollOnce();
    long sub = h.subscribe(1, "lithium");

    assertEquals(3, h.poller.backfill(1, sub, 3));
    List<AlertOutbox.Entry> rows = h.outbox();
    assertEquals(3, rows.size());
    assertEquals("Battery makers hoard lithium", h.stories.get(rows.get(0).storyId()).orElseThrow().title());
    assertEquals(0, h.poller.backfill(2, sub, 3), "another chat's topic id gives nothing");
  }

  /** Found by KillNineProcessTest: a kill between storing a topic and queueing its look-back lost the look-back. */
  @Test
  void aTopicStoredJustBeforeAKillGetsItsLookBackAtTheNextStartAndOnlyOnce() {
    h.addFeed(1, "/a.xml");
    for (String title : List.of("Chile nationalizes its lithium industry", "Lithium prices fall for a third month",
        "Battery makers hoard lithium", "A lithium find in Serbia splits a town")) {
      h.site.publish("/a.xml", h.item(title));
    }
    h.poller.pollOnce();
    long sub = h.subscribe(1, "lithium"); // the topic is stored; the process dies before its look-back

    h.restart();

    assertEquals(3, h.poller.resumeLookBacks(3));
    assertEquals(3, h.outbox().size());
    assertEquals(0, h.poller.resumeLookBacks(3), "nothing left to resume");
    assertEquals(0, h.poller.backfill(1, sub, 3), "a second look-back would pick the older stories");
    assertEquals(3, h.outbox().size());
  }

  @Test
  void aSecondPollerOnTheSameDatabaseIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new FeedPoller(h.db, h.subs, h.fetcher(), h.options, h.clock));
    assertTrue(e.getMessage().contains("already polling"), e.getMessage());
  }

  @Test
  void aFailureAfterTheOutboxInsertLeavesNothingHalfWritten() {
    h.addFeed(1, "/a.xml");
    h.subscribe(1, "drone");
    h.site.publish("/a.xml", h.item("Prime"));
    h.poller.pollOnce();
    h.exec("CREATE TRIGGER fail_outbox AFTER INSERT ON alert_outbox BEGIN SELECT RAISE(ABORT, 'injected'); END");
    h.site.publish("/a.xml", h.item("Drone show over the harbour"));

    PollReport failed = h.pollAfter(TEN);

    assertEquals(1, failed.failures());
    assertEquals(1, h.count("SELECT COUNT(*) FROM feed_items"), "the new item is not marked seen");
    assertEquals(0, h.count("SELECT COUNT(*) FROM alerts"));
    assertEquals(1, h.count("SELECT COUNT(*) FROM stories"));

    h.exec("DROP TRIGGER fail_outbox");
    PollReport retried = h.pollAfter(Duration.ZERO);
    assertEquals(1, retried.alertsQueued());
    assertEquals(1, h.outbox().size());
  }

  @Test
  void aFeedThatMovedForGoodIsStoredUnderItsNewAddress() {
    long feed = h.addFeed(1, "/old.xml");
    h.site.answer("/old.xml", new mockwebserver3.MockResponse.Builder().code(301)
        .addHeader("Location", "/new.xml").build());
    h.site.publish("/new.xml", h.item("Moved"));

    PollReport report = h.poller.pollOnce();

    assertEquals(0, report.failures());
    assertEquals(h.site.url("/new.xml"), h.feeds.get(feed).orElseThrow().url());
  }

  @Test
  void aFeedWhoseGuidsChangeOnEveryFetchDoesNotAlertTwice() {
    h.addFeed(1, "/churn.xml");
    h.subscribe(1, "copper");
    h.site.publish("/churn.xml", h.item("Prime"));
    h.poller.pollOnce();
    h.site.publish("/churn.xml", h.item("Copper hits a record high", "https://news.example/copper", Duration.ZERO));
    h.pollAfter(TEN);
    h.site.publish("/churn.xml", h.item("Copper hits a record high", "https://news.example/copper", Duration.ZERO));

    PollReport again = h.pollAfter(TEN);

    assertEquals(1, again.itemsNew(), "a new guid is a new item");
    assertEquals(0, again.alertsQueued(), "but the same story");
    assertEquals(1, h.outbox().size());
  }

  @Test
  void aGoneFeedStopsAndItsChatsAreTold() {
    long feed = h.addFeed(1, "/gone.xml");
    h.site.answer("/gone.xml", new mockwebserver3.MockResponse.Builder().code(410).build());

    h.poller.pollOnce();

    assertTrue(h.feeds.get(feed).orElseThrow().stopped());
    assertEquals("gone (HTTP 410)", h.outbox().get(0).detail());
    assertEquals(0, h.pollAfter(Duration.ofDays(1)).feedsPolled());
  }

  @Test
  void severalTopicsOfOneChatGiveOneAlertNamingAnUnmutedOne() {
    h.addFeed(1, "/a.xml");
    h.site.publish("/a.xml", h.item("Prime"));
    h.poller.pollOnce();
    long nvidia = h.subscribe(1, "nvidia");
    h.subscribe(1, "chip");
    h.subs.mute(1, nvidia, h.clock.instant().plus(Duration.ofDays(1)));
    h.site.publish("/a.xml", h.item("Nvidia shows a faster chip"));

    h.pollAfter(TEN);

    List<AlertOutbox.Entry> rows = h.outbox();
    assertEquals(1, rows.size());
    assertEquals("chip", rows.get(0).topic());
  }

  @Test
  void theStartedLoopPollsWithoutBeingAsked() throws Exception {
    h.addFeed(1, "/a.xml");
    h.site.publish("/a.xml", h.item("Anything"));

    h.poller.start();

    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (h.count("SELECT COUNT(*) FROM feed_items") == 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertEquals(1, h.count("SELECT COUNT(*) FROM feed_items"));
  }

  @Test
  void aNewFeedsBacklogJoiningASentStoryQueuesNoAlso() {
    h.addFeed(1, "/a.xml");
    h.subscribe(1, "wildfire");
    h.site.publish("/a.xml", h.item("Prime"));
    h.poller.pollOnce();
    h.site.publish("/a.xml", h.item("Wildfire forces evacuations", "https://news.example/fire", Duration.ZERO));
    h.pollAfter(TEN);
    AlertOutbox.Entry alert = h.outbox().get(0);
    h.outbox.sent(alert.id(), 1, alert.storyId(), 9);

    h.addFeed(2, "/b.xml");
    h.site.publish("/b.xml", h.item("Wildfire forces evacuations", "https://news.example/fire", Duration.ZERO));
    h.pollAfter(TEN);

    assertTrue(h.outbox().isEmpty(), "priming is silent, 'also' edits included");
    assertEquals(2, h.stories.get(alert.storyId()).orElseThrow().sources().size());
  }
}
