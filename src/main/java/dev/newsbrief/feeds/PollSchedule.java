package dev.newsbrief.feeds;

import java.time.Duration;

/**
 * When to poll a feed next: every {@link #DEFAULT} unless the feed asks for longer (RSS ttl, Cache-Control
 * max-age), never more often than {@link #MIN} nor less than {@link #MAX}; after failures an exponential
 * backoff, and never before a Retry-After.
 */
final class PollSchedule {
  static final Duration DEFAULT = Duration.ofMinutes(10);
  static final Duration MIN = Duration.ofMinutes(2);
  /** A feed asking to be cached for a day is still polled a few times a day: news would go stale. */
  static final Duration MAX = Duration.ofHours(6);
  static final Duration MAX_BACKOFF = Duration.ofHours(6);

  private PollSchedule() {
  }

  /**
   * The interval the feed asked for: the longer of ttl and max-age, or null when it asked for neither.
   */
  static Duration requested(Integer ttlMinutes, Duration maxAge) {
    Duration ttl = ttlMinutes != null && ttlMinutes > 0 ? Duration.ofMinutes(ttlMinutes) : null;
    if (ttl == null) {
      return maxAge;
    }
    return maxAge == null || ttl.compareTo(maxAge) >= 0 ? ttl : maxAge;
  }

  /** The interval after a good poll. */
  static Duration interval(Duration requested) {
    Duration d = requested == null ? DEFAULT : requested;
    return clamp(d, MIN, MAX);
  }

  /** The wait after the {@code failures}-th consecutive failure: 10 min × 2^(failures-1), at most 6 h. */
  static Duration backoff(int failures, Duration retryAfter) {
    int doublings = Math.min(Math.max(failures - 1, 0), 10);
    Duration d = DEFAULT.multipliedBy(1L << doublings);
    d = d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    if (retryAfter != null && retryAfter.compareTo(d) > 0) {
      // the server said when; a day is as long as we let any server park a feed
      d = retryAfter.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : retryAfter;
    }
    return d.compareTo(MIN) < 0 ? MIN : d;
  }

  private static Duration clamp(Duration d, Duration min, Duration max) {
    return d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d;
  }
}
