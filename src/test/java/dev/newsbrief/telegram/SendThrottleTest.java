package dev.newsbrief.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SendThrottleTest {
  final AtomicLong now = new AtomicLong(1_000_000_000L);
  final SendThrottle throttle = new SendThrottle(now::get, d -> true);

  List<Duration> delays(long chatId, int messages) {
    List<Duration> delays = new ArrayList<>();
    for (int i = 0; i < messages; i++) {
      delays.add(Duration.ofNanos(throttle.reserve(chatId) - now.get()));
    }
    return delays;
  }

  @Test
  void aPrivateChatGetsAShortBurstThenOneMessageASecond() {
    assertEquals(List.of(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2)),
        delays(42, 5));
  }

  @Test
  void aGroupGetsTwentyAMinuteAfterItsBurst() {
    List<Duration> d = delays(-100, 25);
    assertEquals(Duration.ZERO, d.get(4));
    assertEquals(Duration.ofSeconds(3), d.get(5));
    assertEquals(Duration.ofSeconds(60), d.get(24));
  }

  @Test
  void chatsDoNotWaitForEachOtherButShareTheOverallLimit() {
    for (long chat = 1; chat <= 30; chat++) {
      assertEquals(0, throttle.reserve(chat) - now.get(), "chat " + chat);
    }
    long thirtyFirst = throttle.reserve(31) - now.get();
    assertTrue(thirtyFirst > 0 && thirtyFirst <= Duration.ofMillis(40).toNanos(), "waited " + thirtyFirst);
  }

  @Test
  void theBurstRefillsWithTime() {
    delays(42, 3);
    now.addAndGet(Duration.ofSeconds(10).toNanos());
    assertEquals(List.of(Duration.ZERO, Duration.ZERO, Duration.ZERO), delays(42, 3));
  }

  @Test
  void waitingPausesForTheReservedSlot() {
    List<Duration> pauses = new ArrayList<>();
    SendThrottle paused = new SendThrottle(now::get, d -> pauses.add(d));
    for (int i = 0; i < 4; i++) {
      paused.await(7);
    }
    assertEquals(List.of(Duration.ofSeconds(1)), pauses);
  }
}
