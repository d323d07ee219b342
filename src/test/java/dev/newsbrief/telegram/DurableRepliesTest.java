package dev.newsbrief.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbrief.store.Database;
import dev.newsbrief.testing.Await;
import dev.newsbrief.testing.FakeTelegram;
import dev.newsbrief.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replies to commands are not lost when Telegram stays down longer than the outbox's retries: the running bot
 * (real TelegramBots client, update loop, outbox, SQLite file in a temp dir) against the fake Bot API, whose
 * sendMessage fails until it "recovers" while getUpdates keeps working. A restart is a new bot and a new
 * database connection over the same file. Waits between attempts are recorded, not slept.
 */
class DurableRepliesTest {
  static final String TOKEN = "123456:TEST-replies";
  static final long ANN = 42;
  static final long BOB = 43;
  static final Duration WAIT = Duration.ofSeconds(20);
  /** Stored replies are tried this often in most tests; never again after the start in a few. */
  static final Duration OFTEN = Duration.ofMillis(200);
  static final Duration NEVER = Duration.ofHours(1);

  @TempDir
  Path data;
  FakeTelegram telegram;
  Database db;
  ChatMemory memory;
  NewsbriefBot bot;
  final TestClock clock = new TestClock(Instant.now());

  @BeforeEach
  void fakeTelegram() throws Exception {
    telegram = new FakeTelegram(TOKEN);
  }

  /** Starts a bot process over the database file in {@code data}. */
  void start(Duration resendEvery) throws Exception {
    db = Database.open(data);
    memory = ChatMemory.of(db, clock, 5);
    // No site is reachable: these tests send commands only.
    bot = BotWiring.withoutSites(clock).start(TOKEN, telegram, memory, resendEvery);
  }

  /** Stops the bot process as at a deploy: the database file stays. */
  void stopBot() {
    bot.close();
    db.close();
    bot = null;
    db = null;
  }

  @AfterEach
  void stop() {
    if (bot != null) {
      stopBot();
    }
    telegram.close();
  }

  static void await(String what, BooleanSupplier condition) {
    Await.until(what, WAIT, condition);
  }

  /** Lets a few update polls, and so a few passes over the stored replies, go by. */
  void aFewRoundsPass() {
    int polls = telegram.calls("getUpdates").size();
    await("a few update polls pass", () -> telegram.calls("getUpdates").size() >= polls + 4);
  }

  int stored() {
    return memory.unsentReplies().count();
  }

  long sendsTo(long chatId) {
    return telegram.calls("sendMessage").stream().filter(c -> c.body().path("chat_id").asLong() == chatId).count();
  }

  long shown(long chatId, String text) {
    return telegram.chatText(chatId).stream().filter(t -> t.contains(text)).count();
  }

  @Test
  void aCommandAnsweredWhileTelegramIsDownIsDeliveredOnceWhenItRecoversAndItsRowIsGone() throws Exception {
    start(OFTEN);
    telegram.failUntilRecovered("sendMessage", 502, "Bad Gateway");

    int command = telegram.userSends(ANN, "/subscribe nvidia");

    await("the reply is stored", () -> stored() == 1);
    assertEquals(1, memory.subscriptions().list(ANN).size(), "the command took effect");
    long tried = sendsTo(ANN);
    assertTrue(tried >= TelegramOutbox.MAX_ATTEMPTS, "every attempt was made first: " + tried);
    await("later passes try it again", () -> sendsTo(ANN) > tried + TelegramOutbox.MAX_ATTEMPTS);
    assertEquals(1, stored(), "still one row: retries do not store it again");
    assertTrue(telegram.chatText(ANN).isEmpty());

    telegram.recover();

    FakeTelegram.ChatMessage reply = telegram.awaitMessage(ANN, t -> t.contains("nvidia"), WAIT);
    await("the row is deleted", () -> stored() == 0);
    aFewRoundsPass();
    assertEquals(1, telegram.chatText(ANN).size(), String.join("\n---\n", telegram.chatText(ANN)));
    assertTrue(reply.text().startsWith("Subscribed"), reply.text());
    assertEquals(command, reply.lastCall().path("reply_parameters").path("message_id").asInt(),
        "it still answers the command");
  }

  @Test
  void theSummaryOfALongForwardedPostSentDuringAnOutageArrivesAfterARestart() throws Exception {
    start(NEVER);
    telegram.failUntilRecovered("sendMessage", 502, "Bad Gateway");
    String post = "The city council approved a new budget for road repairs on Tuesday evening after a long debate. "
        + "Members agreed to spend twelve million on bridges over the next three years. "
        + "The mayor said the first works would start in the spring, once the ground has thawed. "
        + "Opposition members asked for an audit of earlier contracts before any money is paid out. "
        + "Residents of the northern districts welcomed the plan, which fixes the roads they use every day. "
        + "A final vote on the audit is expected next month, when the council meets again after the holidays.";

    int forwarded = telegram.userForwardsFromChannel(ANN, post, "City <News>");

    await("the summary is stored", () -> stored() == 1);
    stopBot();
    telegram.recover();
    start(OFTEN);

    FakeTelegram.ChatMessage summary = telegram.awaitMessage(ANN, t -> t.contains("twelve million"), WAIT);
    await("the row is deleted", () -> stored() == 0);
    aFewRoundsPass();
    assertEquals(1, telegram.chatText(ANN).size(), String.join("\n---\n", telegram.chatText(ANN)));
    assertTrue(summary.text().contains("Forwarded from City &lt;News&gt;"), "its channel, escaped: " + summary.text());
    assertEquals(forwarded, summary.lastCall().path("reply_parameters").path("message_id").asInt());
  }

  @Test
  void aReplyStoredBeforeARestartIsDeliveredOnceByTheNextProcessWithItsKeyboard() throws Exception {
    start(OFTEN);
    telegram.dropUntilRecovered("sendMessage");

    telegram.userSends(ANN, "/subscribe nvidia");
    await("the reply is stored", () -> stored() == 1);
    telegram.userSends(ANN, "/settings");
    await("the settings are stored behind it", () -> stored() == 2);
    telegram.awaitUpdatesConfirmed(WAIT);
    stopBot();

    telegram.recover();
    start(OFTEN);

    await("both rows are sent and deleted", () -> stored() == 0);
    aFewRoundsPass();
    List<String> chat = telegram.chatText(ANN);
    assertEquals(2, chat.size(), String.join("\n---\n", chat));
    assertTrue(chat.get(0).startsWith("Subscribed"), chat.get(0));
    assertEquals(1, shown(ANN, "nvidia"));
    JsonNode settings = telegram.awaitMessage(ANN, t -> !t.contains("nvidia"), WAIT).lastCall();
    JsonNode buttons = settings.path("reply_markup").path("inline_keyboard");
    assertTrue(buttons.size() >= 2, "the keyboard came along: " + settings);
    assertTrue(buttons.get(0).get(0).path("callback_data").asText().startsWith("set:"), buttons.toString());
  }

  @Test
  void aSecondReplyToAChatWithAStoredOneGoesBehindItEvenWhenTelegramIsBack() throws Exception {
    start(NEVER); // no pass between the two commands: only the start's
    // The first reply fails every attempt; then Telegram is back.
    telegram.failNext("sendMessage", TelegramOutbox.MAX_ATTEMPTS, 500, "Internal Server Error", null);

    telegram.userSends(ANN, "/subscribe alpha");
    await("the first reply is stored", () -> stored() == 1);
    telegram.userSends(ANN, "/subscribe beta");
    telegram.userSends(BOB, "/subscribe gamma");

    telegram.awaitMessage(BOB, t -> t.contains("gamma"), WAIT);
    await("the second reply is stored", () -> stored() == 2);
    assertEquals(TelegramOutbox.MAX_ATTEMPTS, sendsTo(ANN), "nothing was sent ahead of the stored reply");
    assertTrue(telegram.chatText(ANN).isEmpty());
    assertEquals(2, memory.subscriptions().list(ANN).size());
    telegram.awaitUpdatesConfirmed(WAIT);
    stopBot();

    start(NEVER); // the pass at the start sends them

    await("both replies are sent and deleted", () -> stored() == 0);
    List<String> chat = telegram.chatText(ANN);
    assertEquals(2, chat.size(), String.join("\n---\n", chat));
    assertTrue(chat.get(0).contains("alpha") && chat.get(1).contains("beta"), String.join("\n---\n", chat));
    assertEquals(1, telegram.chatText(BOB).size(), "the other chat was answered at once, and once");
  }

  @Test
  void aReplyToAChatThatBlockedTheBotOrThatTelegramRefusesIsNotStored() throws Exception {
    start(NEVER); // a row stored by mistake would stay for all to see
    telegram.chatRefuses(ANN);

    telegram.userSends(ANN, "/subscribe nvidia");
    telegram.awaitUpdatesConfirmed(WAIT); // confirmed once its handling, reply and all, is over

    assertTrue(memory.inactive().isInactive(ANN));
    assertEquals(1, memory.subscriptions().list(ANN).size(), "the command took effect");
    assertEquals(0, stored());

    // A 400 refused again as plain text (here: the chat is gone) is final too.
    telegram.failNext("sendMessage", 2, 400, "Bad Request: chat not found", null);
    telegram.userSends(BOB, "/subscribe nvidia");
    telegram.awaitUpdatesConfirmed(WAIT);

    assertEquals(1, memory.subscriptions().list(BOB).size());
    assertEquals(0, stored());
    assertEquals(1, sendsTo(ANN), "a 403 is tried once");
    assertEquals(2, sendsTo(BOB), "a 400 is tried once more as plain text, no more");
    assertTrue(telegram.chatText(ANN).isEmpty());
    assertTrue(telegram.chatText(BOB).isEmpty());
  }

  @Test
  void aStoredReplyOlderThanADayIsDroppedUnsent() throws Exception {
    start(OFTEN);
    telegram.failUntilRecovered("sendMessage", 503, "Service Unavailable");
    telegram.userSends(ANN, "/subscribe nvidia");
    await("the reply is stored", () -> stored() == 1);

    clock.advance(DurableReplies.MAX_AGE.plusMinutes(1));
    await("the row is dropped", () -> stored() == 0);
    telegram.recover();
    telegram.userSends(ANN, "/topics");

    telegram.awaitMessage(ANN, t -> t.contains("nvidia"), WAIT);
    aFewRoundsPass();
    assertEquals(1, telegram.chatText(ANN).size(), "only the /topics list: " + telegram.chatText(ANN));
    assertEquals(0, shown(ANN, "Subscribed"));
  }
}
