package dev.newsbrief.feeds;

import dev.newsbrief.store.SeenItems.Intent;
import dev.newsbrief.store.Subscriptions;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an item into the alerts it deserves: one per chat whose topics match it (the best topic named: an
 * unmuted one before a muted one, an instant one before a digest, else the oldest), due now or at the chat's
 * next digest time. Holds a matcher rebuilt only when the subscriptions' version moved. Not thread-safe: used
 * under the poller's ingest lock.
 */
final class AlertPlanner {
  private final Subscriptions subscriptions;
  private long version = -1;
  private TopicMatcher matcher = TopicMatcher.of(List.of());
  private Map<Long, Subscriptions.Row> rows = Map.of();

  AlertPlanner(Subscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  /** Rebuilds the matcher when topics changed since the last call. */
  void refresh() {
    long now = subscriptions.version();
    if (now == version) {
      return;
    }
    Map<Long, Subscriptions.Row> byId = new HashMap<>();
    List<Subscription> subs = new ArrayList<>();
    for (Subscriptions.Row row : subscriptions.all()) {
      try {
        subs.add(new Subscription(row.chatId(), row.id(), TopicQuery.parse(row.query())));
        byId.put(row.id(), row);
      } catch (IllegalArgumentException e) {
        // a topic stored by an older, laxer parser: it cannot match, and /topics still lists it
      }
    }
    matcher = TopicMatcher.of(subs);
    rows = byId;
    version = now;
  }

  /**
   * The matcher as of the last {@link #refresh}: immutable, so a poll's workers may match with it off the ingest
   * lock and get the answers {@link #intents} gives until the next refresh.
   */
  TopicMatcher matcher() {
    return matcher;
  }

  /** The alerts an item deserves at {@code now}, at most one per chat. */
  List<Intent> intents(String title, String body, Instant now) {
    Map<Long, Subscriptions.Row> best = new LinkedHashMap<>();
    for (TopicMatch m : matcher.match(title, body)) {
      Subscriptions.Row row = rows.get(m.subscription().subscriptionId());
      best.merge(row.chatId(), row, (a, b) -> rank(b, now) < rank(a, now) ? b : a);
    }
    List<Intent> intents = new ArrayList<>(best.size());
    for (Subscriptions.Row row : best.values()) {
      intents.add(intent(row, now));
    }
    return intents;
  }

  /** The alert a subscription gives a story at {@code now}. */
  Intent intent(Subscriptions.Row row, Instant now) {
    Instant due = row.digestMinute() == null ? null
        : nextDigest(now, row.digestMinute(), subscriptions.timeZone(row.chatId()));
    return new Intent(row.chatId(), row.id(), row.query(), due, row.mutedAt(now));
  }

  /** The next time at or after {@code now} that the chat's clock shows {@code minuteOfDay}. */
  static Instant nextDigest(Instant now, int minuteOfDay, ZoneId zone) {
    ZonedDateTime local = now.atZone(zone);
    LocalTime at = LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    ZonedDateTime candidate = local.toLocalDate().atTime(at).atZone(zone);
    if (candidate.toInstant().isBefore(now)) {
      candidate = local.toLocalDate().plusDays(1).atTime(at).atZone(zone);
    }
    return candidate.toInstant();
  }

  private static int rank(Subscriptions.Row row, Instant now) {
    return (row.mutedAt(now) ? 2 : 0) + (row.digestMinute() != null ? 1 : 0);
  }
}
