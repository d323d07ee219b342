package dev.newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbrief.config.ConfigLoader;
import dev.newsbrief.feeds.PollReport;
import dev.newsbrief.testing.FakeTelegram;
import dev.newsbrief.testing.Sites;
import dev.newsbrief.testing.TestClock;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Topic alerts as a user lives them: the real wiring from {@code cli}, a fake Bot API, two local news feeds and
 * a local article site; time is stepped by hand, so each poll is asked for.
 */
class AlertsEndToEndTest {
  static final String TOKEN = "123456:TEST-token_alerts";
  static final long ANN = 42;
  static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir
  Path data;
  FakeTelegram telegram;
  MockWebServer web;
  final Map<String, String> feeds = new ConcurrentHashMap<>();
  final Sites sites = new Sites();
  final TestClock clock = new TestClock(Instant.now());
  BotCommand.Running bot;

  @BeforeEach
  void start() throws Exception {
    telegram = new FakeTelegram(TOKEN);
    web = new MockWebServer();
    web.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String feed = feeds.get(request.getUrl().encodedPath());
        return feed == null ? sites.dispatch(request) : new MockResponse.Builder()
            .addHeader("Content-Type", "application/rss+xml; charset=utf-8").body(feed).build();
      }
    });
    web.start(InetAddress.getByName("127.0.0.1"), 0);
    Files.writeString(data.resolve("feeds.yaml"), """
        feeds:
          - name: Wire A
            url: %s
            language: en
          - name: Wire B
            url: %s
            language: en
        """.formatted(url("/a.xml"), url("/b.xml")), StandardCharsets.UTF_8);
    feeds.put("/a.xml", rss("Wire A", item("a1", "Nvidia unveils a new AI chip for data centres", "/grid-storage",
        "The chip maker showed its next accelerator.", clock.instant().minus(Duration.ofHours(3)))));
    feeds.put("/b.xml", rss("Wire B"));
    bot = startBot();
  }

  BotCommand.Running startBot() throws Exception {
    return startBot(Map.of());
  }

  /** The bot with the shipped config file, this test's environment, and {@code env} over both. */
  BotCommand.Running startBot(Map<String, String> env) throws Exception {
    Map<String, String> all = new HashMap<>(Map.of(
        "TELEGRAM_BOT_TOKEN", TOKEN,
        "TELEGRAM_API_URL", telegram.apiUrl(),
        "NEWSBRIEF_DATA_DIR", data.resolve("state").toString(),
        "NEWSBRIEF_FEEDS_FILE", data.resolve("feeds.yaml").toString(),
        "NEWSBRIEF_ALLOW_PRIVATE", "127.0.0.1:" + web.getPort(),
        "NEWSBRIEF_CONFIG", Path.of("config", "newsbrief.properties").toString()));
    all.putAll(env);
    return BotCommand.start(new ConfigLoader(all).load(), clock, false);
  }

  @AfterEach
  void stop() {
    bot.close();
    telegram.close();
    web.close();
  }

  @Test
  void subscriberGetsOneAlertPerStoryWithEverySourceAndNothingTwiceAcrossARestart() throws Exception {
    PollReport first = bot.poller().pollOnce();
    assertEquals(0, first.alertsQueued(), "a feed's first poll marks its backlog seen: " + first);

    telegram.userSends(ANN, "/subscribe nvidia");
    telegram.awaitMessage(ANN, t -> t.startsWith("Subscribed to <b>nvidia</b>"), WAIT);
    // The look-back: the story seen before the topic existed arrives, with key points read from its page.
    FakeTelegram.ChatMessage backlog = telegram.awaitMessage(ANN, t -> t.contains("AI chip"), WAIT);
    assertTrue(backlog.text().startsWith("🔔 <i>matched: nvidia</i>"), backlog.text());
    assertTrue(backlog.text().contains("\n• "), "key points: " + backlog.text());
    assertTrue(backlog.text().contains("Sources: <a href=\"" + url("/grid-storage") + "\">Wire A</a>"),
        backlog.text());

    feeds.put("/a.xml", rss("Wire A",
        item("a2", "Nvidia shares jump after a record quarter", "/nvidia-quarter",
            "Nvidia reported record revenue of $35 billion, driven by demand for its data centre chips. "
                + "Shares rose 8% in late trading.", clock.instant().minus(Duration.ofMinutes(5))),
        item("a3", "Storms expected across the coast this weekend", "/weather", "Forecasters warn of high winds.",
            clock.instant().minus(Duration.ofMinutes(4))),
        item("a1", "Nvidia unveils a new AI chip for data centres", "/grid-storage",
            "The chip maker showed its next accelerator.", clock.instant().minus(Duration.ofHours(3)))));
    clock.advance(Duration.ofMinutes(11));
    PollReport second = bot.poller().pollOnce();
    assertEquals(1, second.alertsQueued(), second.toString());
    FakeTelegram.ChatMessage quarter = telegram.awaitMessage(ANN, t -> t.contains("record quarter"), WAIT);
    // The page is gone (404): the points come from the feed's own description.
    assertTrue(quarter.text().contains("• Nvidia reported record revenue of $35 billion"), quarter.text());

    // Another wire reports the same story later: the alert is edited once to say so, nothing new is sent.
    feeds.put("/b.xml", rss("Wire B", item("b1", "Nvidia shares jump after record quarter", "/b-nvidia",
        "Nvidia posted record quarterly revenue.", clock.instant().minus(Duration.ofMinutes(1)))));
    clock.advance(Duration.ofMinutes(11));
    assertEquals(0, bot.poller().pollOnce().alertsQueued());
    FakeTelegram.ChatMessage edited = telegram.awaitMessage(ANN, t -> t.contains("Also reported by Wire B"), WAIT);
    assertEquals(quarter.messageId(), edited.messageId());
    assertTrue(edited.text().contains(">Wire A</a> · <a href=\"" + url("/b-nvidia") + "\">Wire B</a>"),
        edited.text());

    bot.close();
    clock.advance(Duration.ofMinutes(11));
    bot = startBot();
    PollReport afterRestart = bot.poller().pollOnce();
    assertEquals(0, afterRestart.alertsQueued(), afterRestart.toString());
    List<String> alerts = telegram.chatText(ANN).stream().filter(t -> t.startsWith("🔔")).toList();
    assertEquals(2, alerts.size(), String.join("\n---\n", alerts));
    assertFalse(String.join("\n", telegram.chatText(ANN)).contains("Storms"), "no alert for other topics");
  }

  /**
   * Only the article at /zh-gas says 天然气 (natural gas): the headline does not, and the item has no text. Ends
   * with Wire B due for its next poll.
   */
  void annFollows天然气AndWireBPostsAHeadlineOnlyStoryWhoseArticleIsAboutIt() throws Exception {
    bot.poller().pollOnce();
    telegram.userSends(ANN, "/subscribe 天然气");
    telegram.awaitMessage(ANN, t -> t.startsWith("Subscribed to <b>天然气</b>"), WAIT);

    feeds.put("/b.xml", rss("Wire B", item("z1", "中俄东线管道南段贯通", "/zh-gas", "",
        clock.instant().minus(Duration.ofMinutes(2)))));
    clock.advance(Duration.ofMinutes(11));
  }

  @Test
  void aHeadlineOnlyStoryWhoseArticleLeadSays天然气AlertsOnceWithKeyPointsFromTheSameFetch() throws Exception {
    annFollows天然气AndWireBPostsAHeadlineOnlyStoryWhoseArticleIsAboutIt();
    assertEquals(1, bot.poller().pollOnce().alertsQueued());

    FakeTelegram.ChatMessage alert = telegram.awaitMessage(ANN, t -> t.startsWith("🔔"), WAIT);
    assertTrue(alert.text().startsWith("🔔 <i>匹配：天然气</i>"), alert.text()); // a Chinese topic reads Chinese
    assertTrue(alert.text().contains("中俄东线管道南段贯通") && alert.text().contains("\n• "), alert.text());
    assertEquals(1, sites.hits("/zh-gas"), "the lead and the key points come from one fetch");
    clock.advance(Duration.ofMinutes(11));
    assertEquals(0, bot.poller().pollOnce().alertsQueued());
    assertEquals(1, telegram.chatText(ANN).stream().filter(t -> t.startsWith("🔔")).count());
  }

  @Test
  void withArticleLeadMatchingSwitchedOffAHeadlineOnlyStoryIsMatchedOnItsFeedTextAlone() throws Exception {
    bot.close();
    bot = startBot(Map.of("NEWSBRIEF_MATCH_ARTICLE_LEAD", "false"));
    annFollows天然气AndWireBPostsAHeadlineOnlyStoryWhoseArticleIsAboutIt();
    PollReport report = bot.poller().pollOnce();

    assertEquals(1, report.itemsNew());
    assertEquals(0, report.alertsQueued());
    assertEquals(0, sites.hits("/zh-gas"), "no article read");
  }

  @Test
  void topicsCanBeListedMutedFromTheAlertAndRemovedWithTheirButton() throws Exception {
    bot.poller().pollOnce();
    telegram.userSends(ANN, "/subscribe nvidia");
    FakeTelegram.ChatMessage alert = telegram.awaitMessage(ANN, t -> t.contains("AI chip"), WAIT);
    String mute = alert.lastCall().path("reply_markup").path("inline_keyboard").path(0).path(1)
        .path("callback_data").asText();
    assertTrue(mute.startsWith("tp:mute:"), alert.lastCall().toString());

    telegram.userPresses(ANN, alert.messageId(), mute);
    telegram.awaitCalls("answercallbackquery", WAIT);
    assertTrue(telegram.calls("answercallbackquery").get(0).body().path("text").asText().startsWith("Muted nvidia"));

    // Another chat cannot mute or remove this chat's topic with a forged button.
    telegram.userPresses(7, alert.messageId(), mute.replace("mute", "rm"));
    telegram.awaitCalls("answercallbackquery", 2, WAIT);
    assertEquals("This button is no longer active.",
        telegram.calls("answercallbackquery").get(1).body().path("text").asText());

    telegram.userSends(ANN, "/topics");
    FakeTelegram.ChatMessage topics = telegram.awaitMessage(ANN, t -> t.startsWith("<b>Your topics</b>"), WAIT);
    assertTrue(topics.text().contains("<b>nvidia</b> — instant alerts, muted until"), topics.text());
    String remove = topics.lastCall().path("reply_markup").path("inline_keyboard").path(0).path(0)
        .path("callback_data").asText();
    telegram.userPresses(ANN, topics.messageId(), remove);
    telegram.awaitMessage(ANN, t -> t.startsWith("This chat follows no topics yet"), WAIT);
  }

  @Test
  void addfeedChecksTheAddressIsAFeedAndFeedsListsWhatTheChatAdded() throws Exception {
    feeds.put("/c.xml", rss("Wire C", item("c1", "Gas prices fall", "/c1", "Prices fell.", clock.instant())));

    telegram.userSends(ANN, "/addfeed " + url("/grid-storage"));
    telegram.awaitMessage(ANN, t -> t.startsWith("That isn't a feed I can follow: not a feed (an HTML page)"), WAIT);
    telegram.userSends(ANN, "/addfeed " + url("/missing.xml"));
    telegram.awaitMessage(ANN, t -> t.startsWith("That isn't a feed I can follow: HTTP 404"), WAIT);
    telegram.userSends(ANN, "/addfeed " + url("/c.xml"));
    telegram.awaitMessage(ANN, t -> t.startsWith("Added <b>Wire C</b> (items in it now: 1)"), WAIT);

    telegram.userSends(ANN, "/feeds");
    FakeTelegram.ChatMessage list = telegram.awaitMessage(ANN, t -> t.startsWith("<b>Feeds for this chat</b>"), WAIT);
    assertTrue(list.text().contains("Built in: 2 feeds (Wire A, Wire B)."), list.text());
    assertTrue(list.text().contains("1. <a href=\"" + url("/c.xml") + "\">Wire C</a> — waiting for its first check"),
        list.text());

    telegram.userSends(ANN, "/removefeed 1");
    telegram.awaitMessage(ANN, t -> t.equals("Removed Wire C."), WAIT);
  }

  @Test
  void opmlFileImportsItsFeedsAndExportGivesThemBack() throws Exception {
    feeds.put("/c.xml", rss("Wire C"));
    String opml = """
        <?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>
        <outline text="Tech"><outline text="Wire C" type="rss" xmlUrl="%s"/>
        <outline text="Dead" type="rss" xmlUrl="%s"/></outline></body></opml>
        """.formatted(url("/c.xml"), url("/dead.xml"));

    telegram.userSendsDocument(ANN, "subscriptions.opml", "text/x-opml", opml.getBytes(StandardCharsets.UTF_8));
    FakeTelegram.ChatMessage done = telegram.awaitMessage(ANN, t -> t.startsWith("Feeds imported"), WAIT);
    assertTrue(done.text().startsWith("Feeds imported: 1 (already followed: 0, not added: 1)."), done.text());
    assertTrue(done.text().contains(url("/dead.xml") + " (HTTP 404)"), done.text());

    telegram.userSends(ANN, "/export");
    telegram.awaitCalls("senddocument", WAIT);
    String sent = new String(telegram.documentsSent().get(0), StandardCharsets.UTF_8);
    assertTrue(sent.contains("newsbrief-feeds.opml"), sent);
    assertTrue(sent.contains("xmlUrl=\"" + url("/c.xml") + "\""), sent);
    assertFalse(sent.contains("dead.xml"), sent);
  }

  @Test
  void digestTopicGetsOneMessageAtItsTimeInTheChatsTimeZone() throws Exception {
    bot.poller().pollOnce();
    telegram.userSends(ANN, "/timezone Asia/Shanghai");
    telegram.awaitMessage(ANN, t -> t.startsWith("Time zone set to Asia/Shanghai"), WAIT);
    telegram.userSends(ANN, "/subscribe gas");
    telegram.awaitMessage(ANN, t -> t.startsWith("Subscribed to <b>gas</b>"), WAIT);
    telegram.userSends(ANN, "/digest gas 08:00");
    telegram.awaitMessage(ANN, t -> t.startsWith("<b>gas</b>: a daily digest at 08:00 (Asia/Shanghai)"), WAIT);

    feeds.put("/b.xml", rss("Wire B",
        item("g1", "Gas prices fall for a third week", "/g1", "Wholesale gas fell 4% as storage filled up.",
            clock.instant()),
        item("g2", "Europe signs a new gas pipeline deal", "/g2", "The pipeline will carry 10 bcm a year.",
            clock.instant())));
    clock.advance(Duration.ofMinutes(11));
    assertEquals(2, bot.poller().pollOnce().alertsQueued());

    java.time.ZonedDateTime local = clock.instant().atZone(java.time.ZoneId.of("Asia/Shanghai"));
    java.time.ZonedDateTime eight = local.toLocalDate().atTime(8, 0).atZone(local.getZone());
    clock.set((eight.isAfter(local) ? eight : eight.plusDays(1)).toInstant().minusSeconds(60));
    telegram.userSends(ANN, "/topics"); // a minute before: nothing yet
    telegram.awaitMessage(ANN, t -> t.startsWith("<b>Your topics</b>"), WAIT);
    assertTrue(telegram.chatText(ANN).stream().noneMatch(t -> t.startsWith("📰")), telegram.chatText(ANN).toString());

    clock.advance(Duration.ofMinutes(2));
    FakeTelegram.ChatMessage digest = telegram.awaitMessage(ANN, t -> t.startsWith("📰"), WAIT);
    assertTrue(digest.text().startsWith("📰 <b>Daily digest: gas</b> (2)"), digest.text());
    assertTrue(digest.text().contains("Gas prices fall for a third week") && digest.text().contains("pipeline"),
        digest.text());
    assertTrue(telegram.chatText(ANN).stream().noneMatch(t -> t.startsWith("🔔")), "no instant alerts");
  }

  @Test
  void aFeedThatKeepsFailingIsReportedOnceToTheChatThatAddedIt() throws Exception {
    feeds.put("/c.xml", rss("Wire C"));
    telegram.userSends(ANN, "/addfeed " + url("/c.xml"));
    telegram.awaitMessage(ANN, t -> t.startsWith("Added <b>Wire C</b>"), WAIT);
    bot.poller().pollOnce();
    feeds.remove("/c.xml"); // from now on: 404
    for (int i = 0; i < 5; i++) {
      clock.advance(Duration.ofHours(7)); // past any backoff
      bot.poller().pollOnce();
    }
    telegram.awaitMessage(ANN, t -> t.startsWith("⚠️ The feed Wire C has failed 3 times in a row: HTTP 404"), WAIT);
    telegram.userSends(ANN, "/feeds");
    FakeTelegram.ChatMessage list = telegram.awaitMessage(ANN, t -> t.startsWith("<b>Feeds for this chat</b>"), WAIT);
    assertTrue(list.text().contains("Wire C</a> — failing (HTTP 404; failed polls in a row: 5)"), list.text());
    assertEquals(1, telegram.chatText(ANN).stream().filter(t -> t.startsWith("⚠️")).count());
  }

  String url(String path) {
    return "http://127.0.0.1:" + web.getPort() + path;
  }

  String item(String guid, String title, String path, String description, Instant published) {
    return "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>" + title + "</title><link>" + url(path)
        + "</link><description>" + description + "</description><pubDate>"
        + DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atOffset(ZoneOffset.UTC)) + "</pubDate></item>";
  }

  static String rss(String title, String... items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>" + title
        + "</title><link>https://example.com/</link><description>news</description>" + String.join("", items)
        + "</channel></rss>";
  }
}
