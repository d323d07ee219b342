package dev.newsbrief.feeds;

import dev.newsbrief.digest.UrlCanonicalizer;
import dev.newsbrief.store.Feeds;
import dev.newsbrief.store.SeenItems;
import dev.newsbrief.store.SeenItems.Intent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Records one parsed feed: which items are new, which story each joins, and which alerts they deserve, handed
 * to the store as one transaction. A feed's first poll only marks its backlog seen (kept for look-back); later,
 * only the newest {@code maxNewPerPoll} new items younger than {@code maxAge} alert, so a feed whose guids
 * change on every fetch cannot flood (and its items join their stories by canonical link, which chats already
 * had). Not thread-safe: the poller calls it under its ingest lock.
 */
final class FeedIngest {
  private final SeenItems seen;
  private final StoryIndex index;
  private final AlertPlanner planner;
  private final Duration maxAge;
  private final int maxNewPerPoll;

  FeedIngest(SeenItems seen, StoryIndex index, AlertPlanner planner, Duration maxAge, int maxNewPerPoll) {
    this.seen = seen;
    this.index = index;
    this.planner = planner;
    this.maxAge = maxAge;
    this.maxNewPerPoll = maxNewPerPoll;
  }

  /**
   * Records the new items of {@code feed} and the poll's {@code success}, in one transaction; {@code primed}
   * says whether its backlog was already marked seen.
   */
  PollReport ingest(long feedId, String sourceName, boolean primed, Feed feed, Feeds.Success success,
      Instant now) {
    List<FeedItem> items = new ArrayList<>(feed.items());
    Set<String> known = seen.known(feedId, items.stream().map(FeedItem::id).toList());
    items.removeIf(item -> known.contains(item.id()));
    if (items.isEmpty()) {
      seen.record(feedId, sourceName, List.of(), success);
      return new PollReport(0, 0, 0, 0);
    }
    // oldest first: an earlier report starts the story a later one joins
    items.sort(Comparator.comparing(FeedItem::published));
    Set<FeedItem> alerting = primed ? alerting(items, now) : Set.of();
    List<SeenItems.Item> plans = new ArrayList<>(items.size());
    List<Shingles> prints = new ArrayList<>(items.size());
    List<String> urls = new ArrayList<>(items.size());
    for (FeedItem item : items) {
      String url = item.link() == null ? null : UrlCanonicalizer.canonicalize(item.link());
      Shingles print = Shingles.of(item.title(), item.summary());
      Long storyId = index.find(url, print);
      int sameAs = storyId == null ? sameAsEarlier(url, print, urls, prints, plans) : -1;
      boolean announce = alerting.contains(item);
      List<Intent> intents = announce ? planner.intents(item.title(), item.summary(), now) : List.of();
      plans.add(new SeenItems.Item(item.id(), item.title(), item.link(), item.summary(), item.published(), url,
          print.encode(), storyId, sameAs, intents, announce));
      prints.add(print);
      urls.add(url);
    }
    SeenItems.Recorded recorded = seen.record(feedId, sourceName, plans, success);
    for (int i = 0; i < plans.size(); i++) {
      Long storyId = recorded.storyIds().get(i);
      SeenItems.Item plan = plans.get(i);
      if (storyId != null && plan.sameStoryAs() < 0 && !storyId.equals(plan.storyId())) {
        index.add(storyId, urls.get(i), prints.get(i), now);
      }
    }
    return new PollReport(0, recorded.newItems(), recorded.alertsQueued(), 0);
  }

  /** The newest few new items young enough to alert; older ones were published long before we could tell. */
  private Set<FeedItem> alerting(List<FeedItem> items, Instant now) {
    Instant oldest = now.minus(maxAge);
    Set<FeedItem> result = new HashSet<>();
    for (int i = items.size() - 1; i >= 0 && result.size() < maxNewPerPoll; i--) {
      if (!items.get(i).published().isBefore(oldest)) {
        result.add(items.get(i));
      }
    }
    return result;
  }

  /** An earlier new item of this poll that starts the same story, or -1. */
  private static int sameAsEarlier(String url, Shingles print, List<String> urls, List<Shingles> prints,
      List<SeenItems.Item> plans) {
    for (int j = 0; j < plans.size(); j++) {
      if (plans.get(j).storyId() != null || plans.get(j).sameStoryAs() >= 0) {
        continue; // not a story starter; its own story was found elsewhere
      }
      if (url != null && url.equals(urls.get(j)) || Shingles.similarity(print, prints.get(j)) >= Shingles.SAME_STORY) {
        return j;
      }
    }
    return -1;
  }
}
