package dev.newsbrief.telegram;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** What {@code /stats} shows an operator: uptime, summaries served and failed, cache hit rate, queue length. */
final class BotStats {
  private final LongSupplier nanoTime;
  private final long started;
  private final Supplier<Double> cacheHitRate;
  private final IntSupplier queueLength;
  private final AtomicLong served = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  BotStats(LongSupplier nanoTime, Supplier<Double> cacheHitRate, IntSupplier queueLength) {
    this.nanoTime = nanoTime;
    this.started = nanoTime.getAsLong();
    this.cacheHitRate = cacheHitRate;
    this.queueLength = queueLength;
  }

  void served() {
    served.incrementAndGet();
  }

  void failed() {
    failed.incrementAndGet();
  }

  /** The operator's view, as HTML (nothing in it comes from outside). */
  String report() {
    Duration up = Duration.ofNanos(nanoTime.getAsLong() - started);
    return "<b>newsbrief</b>\n"
        + "Uptime: " + up.toDaysPart() + "d " + up.toHoursPart() + "h " + up.toMinutesPart() + "m\n"
        + "Summaries served: " + served.get() + ", failed: " + failed.get() + "\n"
        + "Cache hit rate: " + Math.round(cacheHitRate.get() * 100) + "%\n"
        + "Links waiting: " + queueLength.getAsInt();
  }
}
