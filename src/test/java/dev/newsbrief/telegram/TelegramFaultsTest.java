package dev.newsbrief.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbrief.store.ChatSettings;
import dev.newsbrief.store.Database;
import dev.newsbrief.store.SeenItems;
import dev.newsbrief.testing.Await;
import dev.newsbrief.testing.FakeTelegram;
import dev.newsbrief.testing.Sites;
import dev.newsbrief.testing.TestClock;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is lost when Telegram misbehaves: 429 storms, 5xx bursts, dropped connections, slow answers, a chat that
 * blocked the bot, a group that became a supergroup. The running bot (real TelegramBots client, update loop,
 * outbox, link workers, alert sender, SQLite in a temp dir) against the fake Bot API; only the waits between
 * attempts are recorded instead of slept, and the alerts' clock is stepped by hand.
 */
class TelegramFaultsTest {
  static final String TOKEN = "123456:TEST-faults";
  static final long ANN = 42;
  static final long BOB = 43;
  static final Duration WAIT = Duration.ofSeconds(20);
  static final Pattern ARTICLE = Pattern.compile("grid-storage\\?n=(\\d+)");

  @TempDir
  Path data;
  FakeTelegram telegram;
  MockWebServer site;
  Database db;
  ChatMemory memory;
  NewsbriefBot bot;
  final TestClock clock = new TestClock(Instant.now());
  BotWiring wiring;

  @BeforeEach
  void start() throws Exception {
    telegram = new FakeTelegram(TOKEN);
    site = new MockWebServer();
    site.setDispatcher(new Sites());
    site.start(InetAddress.getByName("127.0.0.1"), 0);
    db = Database.open(data);
    memory = ChatMemory.of(db, clock, 5);
    wiring = BotWiring.reaching(site, clock);
    // Waits are recorded, not slept: a storm of retry_after 1 costs the suite nothing.
    bot = wiring.start(TOKEN, telegram, memory, Duration.ofMillis(200));
  }

  @AfterEach
  void stop() {
    bot.close();
    telegram.close();
    site.close();
    db.close();
  }

  String link(int n) {
    return "http://127.0.0.1:" + site.getPort() + "/grid-storage?n=" + n;
  }

  /** The summaries in a chat, as the article numbers they show, in the order their messages appeared. */
  List<Integer> summaries(long chatId) {
    List<Integer> shown = new ArrayList<>();
    for (String text : telegram.chatText(chatId)) {
      Matcher m = ARTICLE.matcher(text);
      if (text.contains("•") && m.find()) {
        shown.add(Integer.parseInt(m.group(1)));
      }
    }
    return shown;
  }

  long placeholdersLeft(long chatId) {
    return telegram.chatText(chatId).stream().filter(t -> t.startsWith("Reading")).count();
  }

  static void await(String what, BooleanSupplier condition) {
    Await.until(what, WAIT, condition);
  }

  /** Links sent, answered, and their jobs forgotten. */
  void awaitAnswered(long chatId, List<Integer> articles) {
    await("chat " + chatId + " shows summaries " + articles, () -> summaries(chatId).size() >= articles.size());
    await("every stored link is answered", () -> memory.pending().all().isEmpty());
    assertEquals(articles, summaries(chatId), String.join("\n---\n", telegram.chatText(chatId)));
    assertEquals(0, placeholdersLeft(chatId), String.join("\n---\n", telegram.chatText(chatId)));
  }

  long retryAfterWaits() {
    synchronized (wiring.pauses) {
      return wiring.pauses.stream().filter(d -> d.equals(Duration.ofSeconds(1))).count();
    }
  }

  @Nested
  class RepliesToLinks {
    @Test
    void arriveOnceAndInOrderThroughA429StormWithRetryAfter() {
      telegram.failNext("sendMessage", 4, 429, "Too Many Requests: retry after 1", 1);
      telegram.failNext("editMessageText", 3, 429, "Too Many Requests: retry after 1", 1);

      telegram.userSends(ANN, link(1));
      telegram.userSends(ANN, link(2));
      telegram.userSends(ANN, link(3));

      awaitAnswered(ANN, List.of(1, 2, 3));
      assertTrue(retryAfterWaits() >= 7, "each 429 waited its retry_after: " + wiring.pauses);
    }

    @Test
    void arriveOnceThrough500And502Bursts() {
      telegram.failNext("sendMessage", 2, 500, "Internal Server Error", null);
      telegram.failNext("sendMessage", 2, 502, "Bad Gateway", null);
      telegram.failNext("editMessageText", 3, 502, "Bad Gateway", null);

      telegram.userSends(ANN, link(1));
      telegram.userSends(ANN, link(2));

      awaitAnswered(ANN, List.of(1, 2));
    }

    @Test
    void arriveOnceWhenConnectionsDropBeforeTelegramActs() {
      telegram.dropNextRequests("sendMessage", 3);
      telegram.dropNextRequests("editMessageText", 3);

      telegram.userSends(ANN, link(1));
      telegram.userSends(ANN, link(2));

      awaitAnswered(ANN, List.of(1, 2));
    }

    @Test
    void aResponseLostAfterTelegramActedCostsAtMostOneExtraPlaceholderAndTheSummaryArrivesOnce() {
      telegram.dropNextResponses("sendMessage", 1);
      telegram.dropNextResponses("editMessageText", 1);

      telegram.userSends(ANN, link(1));

      await("the summary is shown", () -> summaries(ANN).size() == 1);
      await("every stored link is answered", () -> memory.pending().all().isEmpty());
      assertEquals(List.of(1), summaries(ANN));
      // The Bot API has no idempotency key: a "Reading…" Telegram showed but whose answer was lost may stay.
      assertTrue(placeholdersLeft(ANN) <= 1, String.join("\n---\n", telegram.chatText(ANN)));
    }

    @Test
    void arriveOnceWhenTelegramIsSlow() {
      telegram.slowNext("sendMessage", 1, Duration.ofMillis(1500));
      telegram.slowNext("editMessageText", 1, Duration.ofMillis(1500));

      telegram.userSends(ANN, link(1));

      awaitAnswered(ANN, List.of(1));
    }

    /** Finding: after MAX_ATTEMPTS failures the job was deleted though nothing had been delivered. */
    @Test
    void pendingLinkIsKeptAndAnsweredWhenTelegramOutlastsEveryRetry() {
      // The placeholder and then the summary each fail every attempt of their first round.
      telegram.failNext("sendMessage", 2 * TelegramOutbox.MAX_ATTEMPTS, 502, "Bad Gateway", null);

      telegram.userSends(ANN, link(1));

      awaitAnswered(ANN, List.of(1));
      assertTrue(telegram.calls("sendMessage").size() > 2 * TelegramOutbox.MAX_ATTEMPTS, "a later round tried again");
    }

    @Test
    void htmlTelegramCannotParseIsResentOnceAsPlainText() throws Exception {
      telegram.failNext("editMessageText", 400, "Bad Request: can't parse entities: unexpected end tag", null);

      telegram.userSends(ANN, link(1));

      FakeTelegram.ChatMessage summary = telegram.awaitMessage(ANN, t -> t.contains("•"), WAIT);
      await("every stored link is answered", () -> memory.pending().all().isEmpty());
      assertEquals(null, summary.parseMode(), "plain text the second time");
      assertFalse(summary.text().contains("<b>"), summary.text());
      assertEquals(2, telegram.calls("editMessageText").size(), "refused once, resent once");
      assertEquals(1, telegram.calls("sendMessage").size());
    }

    @Test
    void aChatThatBlockedTheBotIsMarkedInactiveAndOtherChatsAreUnaffected() {
      telegram.chatRefuses(ANN);

      telegram.userSends(ANN, link(1));
      telegram.userSends(BOB, link(2));

      await("Bob's summary is shown", () -> summaries(BOB).size() == 1);
      await("every stored link is finished", () -> memory.pending().all().isEmpty());
      assertTrue(memory.inactive().isInactive(ANN));
      assertFalse(memory.inactive().isInactive(BOB));
      assertEquals(List.of(2), summaries(BOB));
      assertTrue(telegram.chatText(ANN).isEmpty());
      assertEquals(1, telegram.calls("sendMessage").stream()
          .filter(c -> c.body().path("chat_id").asLong() == ANN).count(), "a 403 is not retried");
    }

    @Test
    void aGroupUpgradedToASupergroupGetsTheReplyAtItsNewIdAndTakesItsStateAlong() {
      long group = -4001;
      long supergroup = -1004001;
      memory.settings().put(new ChatSettings(group, 3, true, false, "en"));
      memory.subscriptions().add(group, "nvidia", "nvidia", 50);
      telegram.upgradeToSupergroup(group, supergroup, false);

      telegram.groupMemberSends(group, ANN, "/sum " + link(1), false);

      await("the summary is shown in the supergroup", () -> summaries(supergroup).size() == 1);
      await("every stored link is answered", () -> memory.pending().all().isEmpty());
      assertTrue(telegram.chatText(group).isEmpty());
      assertEquals(0, placeholdersLeft(supergroup));
      assertEquals(3, memory.settings().get(supergroup).points());
      assertEquals(List.of("nvidia"), memory.subscriptions().list(supergroup).stream()
          .map(r -> r.query()).toList());
      assertTrue(memory.subscriptions().list(group).isEmpty());
    }
  }

  @Nested
  class TopicAlerts {
    long feedId;
    long topicOf(long chatId) {
      return memory.subscriptions().add(chatId, "nvidia", "nvidia", 50).id();
    }

    /** Queues alerts as the feed poller does: story, seen item and outbox row in one transaction. */
    void alert(long chatId, String... titles) {
      if (feedId == 0) {
        feedId = memory.feeds().upsertBuiltin("http://127.0.0.1:" + site.getPort() + "/feed.xml", "Wire", "en");
      }
      long topic = topicOf(chatId);
      List<SeenItems.Item> items = new ArrayList<>();
      for (String title : titles) {
        items.add(new SeenItems.Item(chatId + title, title, null, "Nvidia said " + title.toLowerCase() + ".",
            clock.instant(), null, null, null, -1,
            List.of(new SeenItems.Intent(chatId, topic, "nvidia", null, false)), true, null));
      }
      new SeenItems(db, clock).record(feedId, "Wire", items, null);
    }

    List<String> alerts(long chatId) {
      return telegram.chatText(chatId).stream().filter(t -> t.startsWith("🔔"))
          .map(t -> t.replaceAll("(?s).*?(Nvidia story \\d).*", "$1")).toList();
    }

    @Test
    void arriveOnceAndInOrderThroughA429StormAnd5xxBurst() {
      // Four refusals in a row: within one round of attempts (a longer storm is the back-off case below).
      telegram.failNext("sendMessage", 2, 429, "Too Many Requests: retry after 1", 1);
      telegram.failNext("sendMessage", 2, 500, "Internal Server Error", null);

      alert(ANN, "Nvidia story 1", "Nvidia story 2", "Nvidia story 3");

      await("three alerts", () -> alerts(ANN).size() >= 3);
      await("the outbox is empty", () -> memory.alertOutbox().pendingCount() == 0);
      assertEquals(List.of("Nvidia story 1", "Nvidia story 2", "Nvidia story 3"), alerts(ANN));
      assertTrue(retryAfterWaits() >= 2, wiring.pauses.toString());
    }

    @Test
    void arriveOnceWhenConnectionsDropOrTelegramIsSlow() {
      telegram.dropNextRequests("sendMessage", 2);
      telegram.slowNext("sendMessage", 1, Duration.ofMillis(1500));

      alert(ANN, "Nvidia story 1", "Nvidia story 2");

      await("two alerts", () -> alerts(ANN).size() >= 2);
      await("the outbox is empty", () -> memory.alertOutbox().pendingCount() == 0);
      assertEquals(List.of("Nvidia story 1", "Nvidia story 2"), alerts(ANN));
    }

    @Test
    void aRowTelegramRefusesThroughEveryAttemptIsKeptAndHoldsItsChatUntilItsBackOffIsOver() {
      telegram.failNext("sendMessage", TelegramOutbox.MAX_ATTEMPTS, 502, "Bad Gateway", null);

      alert(ANN, "Nvidia story 1", "Nvidia story 2");

      await("the first row counts a failed attempt", () -> memory.alertOutbox().due(clock.instant(), 10).stream()
          .anyMatch(e -> e.attempts() == 1));
      assertEquals(2, memory.alertOutbox().pendingCount());
      // Ticks go by while the back-off lasts: nothing is sent, and the second row does not overtake the first.
      int calls = telegram.calls("sendMessage").size();
      int polls = telegram.calls("getUpdates").size();
      await("a few update polls (and many alert ticks) pass", () -> telegram.calls("getUpdates").size() >= polls + 3);
      assertEquals(calls, telegram.calls("sendMessage").size());
      assertTrue(alerts(ANN).isEmpty());

      clock.advance(Duration.ofMinutes(1));

      await("two alerts", () -> alerts(ANN).size() >= 2);
      await("the outbox is empty", () -> memory.alertOutbox().pendingCount() == 0);
      assertEquals(List.of("Nvidia story 1", "Nvidia story 2"), alerts(ANN));
    }

    @Test
    void aChatThatBlockedTheBotLosesItsRowsAndOtherChatsStillGetTheirs() {
      telegram.chatRefuses(ANN);

      alert(ANN, "Nvidia story 1");
      alert(BOB, "Nvidia story 2");

      await("Bob's alert", () -> alerts(BOB).size() == 1);
      await("the outbox is empty", () -> memory.alertOutbox().pendingCount() == 0);
      assertTrue(memory.inactive().isInactive(ANN));
      assertTrue(telegram.chatText(ANN).isEmpty());
      assertEquals(List.of("Nvidia story 2"), alerts(BOB));
    }

    @Test
    void alertsToAGroupThatBecameASupergroupGoThereOnce() {
      long group = -4002;
      long supergroup = -1004002;
      telegram.upgradeToSupergroup(group, supergroup, false);

      alert(group, "Nvidia story 1", "Nvidia story 2");

      await("two alerts in the supergroup", () -> alerts(supergroup).size() >= 2);
      await("the outbox is empty", () -> memory.alertOutbox().pendingCount() == 0);
      assertEquals(List.of("Nvidia story 1", "Nvidia story 2"), alerts(supergroup));
      assertTrue(telegram.chatText(group).isEmpty());
      assertEquals(1, memory.subscriptions().list(supergroup).size(), "the topic moved along");
    }

    @Test
    void theUpgradeAnnouncedByTelegramMovesTheTopicsBeforeAnyAlertIsSent() {
      long group = -4003;
      long supergroup = -1004003;
      topicOf(group);
      telegram.upgradeToSupergroup(group, supergroup, true);

      await("the topic moved", () -> memory.subscriptions().list(group).isEmpty());
      alert(supergroup, "Nvidia story 1");

      await("the alert in the supergroup", () -> alerts(supergroup).size() == 1);
      assertEquals(1, memory.subscriptions().list(supergroup).size());
    }
  }

  @Nested
  class UpdateLoop {
    @Test
    void keepsGoingThrough429And5xxDroppedAndSlowGetUpdates() throws Exception {
      await("the loop runs", () -> !telegram.calls("getUpdates").isEmpty());
      telegram.failNext("getUpdates", 2, 429, "Too Many Requests: retry after 1", 1);
      telegram.failNext("getUpdates", 2, 502, "Bad Gateway", null);
      telegram.dropNextRequests("getUpdates", 1);
      telegram.dropNextResponses("getUpdates", 1);
      telegram.slowNext("getUpdates", 1, Duration.ofMillis(1500));

      telegram.userSends(ANN, link(1));
      awaitAnswered(ANN, List.of(1));

      telegram.failNext("getUpdates", 3, 500, "Internal Server Error", null);
      telegram.userSends(BOB, link(2));
      awaitAnswered(BOB, List.of(2));
      assertEquals(1, telegram.calls("sendMessage").stream()
          .filter(c -> c.body().path("chat_id").asLong() == ANN).count(), "the update was handled once");
    }
  }
}
