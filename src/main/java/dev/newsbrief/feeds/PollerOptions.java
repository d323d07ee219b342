package dev.newsbrief.feeds;

import java.time.Duration;

/**
 * How the poller works.
 *
 * @param threads          feeds fetched at once
 * @param maxAge           items older than this when first seen are marked seen without alerting; also the
 *                         window for clustering stories and for a new topic's look-back
 * @param maxNewPerPoll    at most this many new items of one feed alert per poll (the newest)
 * @param retention        stories older than this are forgotten (items are kept four times as long)
 * @param tick             how often the scheduled loop looks for due feeds
 * @param noticeAfter      consecutive failures before the chats that added a feed are told
 */
public record PollerOptions(int threads, Duration maxAge, int maxNewPerPoll, Duration retention, Duration tick,
    int noticeAfter) {

  public PollerOptions {
    if (threads < 1 || maxNewPerPoll < 1 || noticeAfter < 1) {
      throw new IllegalArgumentException("threads, maxNewPerPoll and noticeAfter must be >= 1: " + threads + ", "
          + maxNewPerPoll + ", " + noticeAfter);
    }
  }

  /** 4 threads, 48 h max age, 50 new items per poll, 7 days retention, a 30 s tick, notice on the 3rd failure. */
  public static PollerOptions defaults() {
    return new PollerOptions(4, Duration.ofHours(48), 50, Duration.ofDays(7), Duration.ofSeconds(30), 3);
  }

  public PollerOptions withThreads(int n) {
    return new PollerOptions(n, maxAge, maxNewPerPoll, retention, tick, noticeAfter);
  }
}
