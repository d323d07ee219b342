package dev.newsbrief.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbrief.store.Database;
import dev.newsbrief.store.InactiveChats;
import dev.newsbrief.testing.FakeTelegram;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/** Replies survive Telegram's passing faults, against the fake Bot API with the real client. */
class TelegramOutboxTest {
  static final String TOKEN = "42:outbox";
  final List<Duration> pauses = new ArrayList<>();
  FakeTelegram telegram;
  TelegramOutbox outbox;
  Database db;
  InactiveChats inactive;

  @BeforeEach
  void start() throws Exception {
    telegram = new FakeTelegram(TOKEN);
    OkHttpTelegramClient client = new OkHttpTelegramClient(new OkHttpClient(), TOKEN,
        NewsbriefBot.telegramUrl(telegram.apiUrl()));
    db = Database.openInMemory();
    inactive = new InactiveChats(db, Clock.systemUTC());
    outbox = new TelegramOutbox(client, d -> pauses.add(d), new SendThrottle(() -> 0L, d -> true), inactive);
  }

  @AfterEach
  void stop() {
    telegram.close();
    db.close();
  }

  @Test
  void waitsExactlyRetryAfterOn429AndSendsOnce() {
    telegram.failNext("sendMessage", 429, "Too Many Requests: retry after 7", 7);

    Integer id = outbox.send(1, null, null, "<b>hi</b>", null);

    assertTrue(id != null);
    assertEquals(List.of(Duration.ofSeconds(7)), pauses);
    assertEquals(List.of("<b>hi</b>"), telegram.chatText(1));
  }

  @Test
  void backsOffOnServerErrorsAndStillDelivers() {
    telegram.failNext("sendMessage", 502, "Bad Gateway", null);
    telegram.failNext("sendMessage", 500, "Internal Server Error", null);

    outbox.send(1, null, null, "hello", null);

    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), pauses);
    assertEquals(List.of("hello"), telegram.chatText(1));
  }

  @Test
  void resendsAsPlainTextWhenTelegramCannotParseTheHtml() {
    telegram.failNext("sendMessage", 400, "Bad Request: can't parse entities: unexpected end tag", null);

    outbox.send(1, null, null, "<b>Title &amp; more</b>", null);

    assertEquals(List.of("Title & more"), telegram.chatText(1));
    assertTrue(telegram.calls("sendMessage").get(1).body().path("parse_mode").isMissingNode());
  }

  @Test
  void forbiddenIsFinalAndStopsSendingToThatChatUntilItWritesAgain() {
    telegram.failNext("sendMessage", 403, "Forbidden: bot was blocked by the user", null);

    assertNull(outbox.send(1, null, null, "hello", null));
    assertNull(outbox.send(1, null, null, "again", null));
    assertTrue(outbox.send(2, null, null, "other chat", null) != null);

    assertEquals(2, telegram.calls("sendMessage").size(), "nothing more was tried in chat 1");
    assertEquals(List.of(), pauses);
    inactive.reactivate(1);
    assertTrue(outbox.send(1, null, null, "welcome back", null) != null);
  }

  @Test
  void unchangedEditCountsAsDone() {
    Integer id = outbox.send(1, null, null, "same", null);
    telegram.failNext("editMessageText", 400, "Bad Request: message is not modified", null);

    assertTrue(outbox.edit(1, id, "same", null));
  }

  @Test
  void deliverCallsAFaultThatOutlastsTheRetriesPassingAndARefusalFinal() {
    telegram.failNext("sendMessage", TelegramOutbox.MAX_ATTEMPTS, 502, "Bad Gateway", null);
    assertEquals(Outbox.Delivery.NOT_NOW, outbox.deliver(1, null, null, "5xx", null, null));

    telegram.dropUntilRecovered("sendMessage"); // OkHttp retries some drops itself: a count would run out
    assertEquals(Outbox.Delivery.NOT_NOW, outbox.deliver(1, null, null, "dropped", null, null));
    telegram.recover();

    pauses.clear();
    telegram.failNext("sendMessage", 429, "Too Many Requests: retry after 3600", 3600);
    assertEquals(Outbox.Delivery.NOT_NOW, outbox.deliver(1, null, null, "a long 429", null, null));
    assertEquals(List.of(), pauses, "an hour is not waited out here");

    // A 400 is tried once more as plain text; refused again, it is final.
    telegram.failNext("sendMessage", 2, 400, "Bad Request: chat not found", null);
    assertEquals(Outbox.Delivery.REFUSED, outbox.deliver(1, null, null, "bad", null, null));

    telegram.failNext("sendMessage", 403, "Forbidden: bot was blocked by the user", null);
    assertEquals(Outbox.Delivery.REFUSED, outbox.deliver(2, null, null, "blocked", null, null));
    assertEquals(Outbox.Delivery.REFUSED, outbox.deliver(2, null, null, "still blocked", null, null));

    Outbox.Delivery sent = outbox.deliver(3, null, null, "fine", null, null);
    assertTrue(sent.sent() && !sent.mayPass(), sent.toString());
    assertEquals(List.of("fine"), telegram.chatText(3));
    assertEquals(List.of(), telegram.chatText(1));
  }

  @Test
  void givesUpAfterBoundedAttempts() {
    for (int i = 0; i < TelegramOutbox.MAX_ATTEMPTS; i++) {
      telegram.failNext("sendMessage", 500, "Internal Server Error", null);
    }

    assertNull(outbox.send(1, null, null, "hello", null));

    assertEquals(TelegramOutbox.MAX_ATTEMPTS, telegram.calls("sendMessage").size());
  }
}
