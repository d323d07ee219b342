package dev.newsbrief.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbrief.testing.FakeTelegram;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.objects.Update;

/** The getUpdates loop against the fake Bot API: nothing dropped, nothing handled twice, faults waited out. */
class UpdatePollerTest {
  static final String TOKEN = "777:poller-test";
  FakeTelegram telegram;
  final List<Integer> handled = new ArrayList<>();
  final List<Duration> pauses = new ArrayList<>();
  UpdatePoller poller;

  @BeforeEach
  void start() throws Exception {
    telegram = new FakeTelegram(TOKEN);
    OkHttpTelegramClient client = new OkHttpTelegramClient(new OkHttpClient(), TOKEN,
        NewsbriefBot.telegramUrl(telegram.apiUrl()));
    poller = new UpdatePoller(client, List.of("message"), updates -> updates.forEach(u -> handled.add(u.getUpdateId())),
        d -> pauses.add(d), 0);
  }

  @AfterEach
  void stop() {
    telegram.close();
  }

  @Test
  void updatesWithLowerIdsAfterTelegramRestartsItsCountAreHandled() {
    telegram.userSends(1, "first");
    telegram.userSends(1, "second");
    poller.pollOnce();
    assertEquals(List.of(1000, 1001), handled);
    poller.pollOnce(); // confirms the batch; nothing new

    telegram.restartUpdateIdsAt(17); // a week idle: the next id is random, here lower
    telegram.userSends(1, "after a week");
    poller.pollOnce();
    assertEquals(List.of(1000, 1001, 17), handled);
    poller.pollOnce();
    poller.pollOnce();
    assertEquals(List.of(1000, 1001, 17), handled, "each update once");
  }

  @Test
  void aBatchIsConfirmedOnlyByTheCallAfterItWasHandled() {
    telegram.userSends(1, "one");
    poller.pollOnce();
    assertEquals(0L, telegram.calls("getupdates").get(0).body().path("offset").asLong(0));
    telegram.userSends(1, "two");
    poller.pollOnce();
    assertEquals(1001, telegram.calls("getupdates").get(1).body().path("offset").asInt());
    assertEquals(List.of(1000, 1001), handled);
  }

  @Test
  void rateLimitsConflictsAndServerErrorsAreWaitedOutAndPollingGoesOn() {
    telegram.failNext("getUpdates", 429, "Too Many Requests: retry after 7", 7);
    telegram.failNext("getUpdates", 409, "Conflict: terminated by other getUpdates request", null);
    telegram.failNext("getUpdates", 502, "Bad Gateway", null);
    telegram.userSends(1, "still here");
    poller.pollOnce();
    poller.pollOnce();
    poller.pollOnce();
    poller.pollOnce();
    assertEquals(List.of(1000), handled);
    assertEquals(Duration.ofSeconds(7), pauses.get(0), "429 waits retry_after exactly");
    assertEquals(3, pauses.size());
    assertTrue(pauses.get(2).compareTo(pauses.get(1)) > 0, "back-off grows: " + pauses);
  }
}
