package dev.newsbrief.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When a feed is polled next. */
class PollScheduleTest {
  @Test
  void backsOffByDoublingFromTenMinutesUpToSixHours() {
    assertEquals(Duration.ofMinutes(10), PollSchedule.backoff(1, null));
    assertEquals(Duration.ofMinutes(20), PollSchedule.backoff(2, null));
    assertEquals(Duration.ofMinutes(40), PollSchedule.backoff(3, null));
    assertEquals(Duration.ofMinutes(320), PollSchedule.backoff(6, null));
    assertEquals(Duration.ofHours(6), PollSchedule.backoff(7, null));
    assertEquals(Duration.ofHours(6), PollSchedule.backoff(60, null));
  }

  @Test
  void retryAfterWinsWhenLongerButParksAFeedForADayAtMost() {
    assertEquals(Duration.ofHours(2), PollSchedule.backoff(1, Duration.ofHours(2)));
    assertEquals(Duration.ofMinutes(20), PollSchedule.backoff(2, Duration.ofMinutes(1)));
    assertEquals(Duration.ofDays(1), PollSchedule.backoff(1, Duration.ofDays(30)));
  }

  @Test
  void honoursTtlAndMaxAgeWithinTwoMinutesAndSixHours() {
    assertEquals(Duration.ofMinutes(10), PollSchedule.interval(PollSchedule.requested(null, null)));
    assertEquals(Duration.ofMinutes(60), PollSchedule.interval(PollSchedule.requested(60, Duration.ofMinutes(5))));
    assertEquals(Duration.ofMinutes(30), PollSchedule.interval(PollSchedule.requested(null, Duration.ofMinutes(30))));
    assertEquals(Duration.ofMinutes(2), PollSchedule.interval(PollSchedule.requested(null, Duration.ofSeconds(30))));
    assertEquals(Duration.ofHours(6), PollSchedule.interval(PollSchedule.requested(1440, null)));
  }
}
