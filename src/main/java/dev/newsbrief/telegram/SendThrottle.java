package dev.newsbrief.telegram;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Keeps the bot within Telegram's limits by making senders wait their turn: about one message a second per
 * private chat and twenty a minute per group (short bursts allowed), thirty a second overall. Nothing is
 * dropped: a caller is given the next free slot and waits for it, so messages to one chat keep their order.
 *
 * <p>Each limit is a token bucket kept as a "theoretical arrival time" (GCRA): a slot is free when it is no
 * earlier than that time minus the burst allowance. Thread-safe.
 */
final class SendThrottle {
  /** One limit: a message every {@code interval}, up to {@code burst} at once. */
  record Limit(Duration interval, int burst) {
    long toleranceNanos() {
      return interval.toNanos() * (burst - 1);
    }
  }

  static final Limit PRIVATE_CHAT = new Limit(Duration.ofSeconds(1), 3);
  static final Limit GROUP = new Limit(Duration.ofSeconds(3), 5);
  static final Limit OVERALL = new Limit(Duration.ofMillis(34), 30);
  private static final long EVERYONE = Long.MIN_VALUE;
  private static final int PRUNE_ABOVE = 10_000;

  private final LongSupplier nanoTime;
  private final TelegramOutbox.Pauser pauser;
  private final Map<Long, Long> arrival = new HashMap<>();

  SendThrottle(LongSupplier nanoTime, TelegramOutbox.Pauser pauser) {
    this.nanoTime = nanoTime;
    this.pauser = pauser;
  }

  static SendThrottle realTime() {
    return new SendThrottle(System::nanoTime, TelegramOutbox.Pauser.SLEEP);
  }

  /** Waits until a message to {@code chatId} may go; false when interrupted (the bot is stopping). */
  boolean await(long chatId) {
    long wait = reserve(chatId) - nanoTime.getAsLong();
    return wait <= 0 || pauser.pause(Duration.ofNanos(wait));
  }

  /** The time (in {@code nanoTime} units) at which the next message to {@code chatId} may go. */
  synchronized long reserve(long chatId) {
    long now = nanoTime.getAsLong();
    if (arrival.size() > PRUNE_ABOVE) {
      arrival.values().removeIf(t -> t < now);
    }
    // Negative ids are groups, supergroups and channels; positive ones are people.
    long slot = take(chatId, chatId < 0 ? GROUP : PRIVATE_CHAT, now);
    return take(EVERYONE, OVERALL, slot);
  }

  private long take(long key, Limit limit, long earliest) {
    long tat = Math.max(arrival.getOrDefault(key, earliest), earliest);
    long slot = Math.max(earliest, tat - limit.toleranceNanos());
    arrival.put(key, Math.max(tat, slot) + limit.interval().toNanos());
    return slot;
  }
}
