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
    return BotCommand.start(new ConfigLoader(Map.of(
        "TELEGRAM_BOT_TOKEN", TOKEN,
        "TELEGRAM_API_URL", telegram.apiUrl(),
        "NEWSBRIEF_DATA_DIR", data.resolve("state").toString(),
        "NEWSBRIEF_FEEDS_FILE", data.resolve("feeds.yaml").toString(),
        "NEWSBRIEF_ALLOW_PRIVATE", "127.0.0.1:" + web.getPort(),
        "NEWSBRIEF_CONFIG", Path.of("config", "newsbrief.properties").toString())).load(), clock, false);
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
