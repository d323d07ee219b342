package dev.newsbrief.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Fairness between users: at most {@code perMinute} summaries per user in any sliding minute, so one busy user
 * cannot crowd out the others. Thread-safe.
 */
final class UserQuota {
  static final Duration WINDOW = Duration.ofMinutes(1);

  private final int perMinute;
  private final LongSupplier nanoTime;
  private final Map<Long, Deque<Long>> recent = new HashMap<>();
  /** Until when each refused user has been told to wait. */
  private final Map<Long, Long> toldUntil = new HashMap<>();

  UserQuota(int perMinute, LongSupplier nanoTime) {
    this.perMinute = perMinute;
    this.nanoTime = nanoTime;
  }

  /**
   * Takes one summary from {@code userId}'s allowance.
   *
   * @return zero when granted, else how long until the next one would be
   */
  synchronized Duration take(long userId) {
    long now = nanoTime.getAsLong();
    long windowStart = now - WINDOW.toNanos();
    forgetIdle(windowStart);
    Deque<Long> times = recent.computeIfAbsent(userId, id -> new ArrayDeque<>());
    while (!times.isEmpty() && times.peekFirst() <= windowStart) {
      times.pollFirst();
    }
    if (times.size() >= perMinute) {
      return Duration.ofNanos(times.peekFirst() - windowStart);
    }
    times.addLast(now);
    return Duration.ZERO;
  }

  /**
   * Whether a user refused for {@code wait} should be told so now: true once per wait, false for every
   * further message until it is over.
   */
  synchronized boolean tellOnce(long userId, Duration wait) {
    long now = nanoTime.getAsLong();
    Long until = toldUntil.get(userId);
    if (until != null && until - now > 0) {
      return false;
    }
    toldUntil.put(userId, now + wait.toNanos());
    return true;
  }

  /** True while {@code userId} has been told to wait and the wait is not over. */
  synchronized boolean toldToWait(long userId) {
    Long until = toldUntil.get(userId);
    return until != null && until - nanoTime.getAsLong() > 0;
  }

  private void forgetIdle(long windowStart) {
    if (recent.size() + toldUntil.size() < 1_000) {
      return;
    }
    toldUntil.values().removeIf(until -> until - windowStart <= WINDOW.toNanos());
    for (Iterator<Deque<Long>> it = recent.values().iterator(); it.hasNext(); ) {
      Deque<Long> times = it.next();
      if (times.isEmpty() || times.peekLast() <= windowStart) {
        it.remove();
      }
    }
  }
}
