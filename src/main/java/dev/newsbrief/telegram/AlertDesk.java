package dev.newsbrief.telegram;

import dev.newsbrief.feeds.FeedProbe;
import java.time.Clock;

/**
 * What the topic and feed commands need besides the chat's memory: a feed checker for {@code /addfeed}, the
 * poller's look-back for a new topic, and the per-chat limits.
 *
 * @param probe     checks that an address is a working feed (through the guarded fetcher)
 * @param lookBack  queues the latest stories matching a new topic
 * @param maxTopics topics one chat may follow
 * @param maxFeeds  feeds one chat may add
 * @param searchTemplate a news search feed URL with {@code {query}}, added to a chat's feeds for each topic;
 *                       empty for none
 */
public record AlertDesk(FeedProbe probe, LookBack lookBack, int maxTopics, int maxFeeds, Clock clock,
    String searchTemplate) {

  /** Stories a new topic's look-back queues at most. */
  public static final int LOOK_BACK_STORIES = 3;

  /** The poller's look-back for a new topic. */
  @FunctionalInterface
  public interface LookBack {
    /** Queues alerts for at most {@code limit} recent stories matching the topic; returns how many. */
    int backfill(long chatId, long subscriptionId, int limit);

    /** No poller (the console): nothing to look back on. */
    LookBack NONE = (chatId, subscriptionId, limit) -> 0;
  }
}
