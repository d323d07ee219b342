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
import java.util.Map;
import java.util.Set;

/**
 * Records one parsed feed: which items are new, which story each joins, and which alerts they deserve, handed
 * to the store as one transaction. A feed's first poll only marks its backlog seen (kept for look-back); later,
 * only the newest {@code maxNewPerPoll} new items younger than {@code maxAge} alert, so a feed whose guids
 * change on every fetch cannot flood (and its items join their stories by canonical link, which chats already
 * had). Not thread-safe: the poller calls {@link #ingest} under its ingest lock ({@link #mayAlert} only reads).
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
   * says whether its backlog was already marked seen. An alerting item that matches no topic on its feed text
   * is matched once more with its article's lead from {@code leads} (by item id), when there is one. The story
   * keeps the feed's text as its summary and the lead beside it, for a later topic's look-back.
   */
  PollReport ingest(long feedId, String sourceName, boolean primed, Feed feed, Map<String, String> leads,
      Feeds.Success success, Instant now) {
    List<FeedItem> items = newItems(feedId, feed.items());
    if (items.isEmpty()) {
      seen.record(feedId, sourceName, List.of(), success);
      return new PollReport(0, 0, 0, 0);
    }
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
      String lead = leads.get(item.id());
      List<Intent> intents = announce ? intents(item, lead, now) : List.of();
      plans.add(new SeenItems.Item(item.id(), item.title(), item.link(), item.summary(), item.published(), url,
          print.encode(), storyId, sameAs, intents, announce, lead));
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

  /**
   * The items of a feed's poll that may alert, by the rule {@link #ingest} follows for a primed feed: new in the
   * feed, young enough and among the newest {@code maxNewPerPoll}. Only reads the store, so unlike
   * {@link #ingest} it may run off the ingest lock.
   */
  Set<FeedItem> mayAlert(long feedId, List<FeedItem> all, Instant now) {
    Instant oldest = now.minus(maxAge);
    if (all.stream().allMatch(item -> item.published().isBefore(oldest))) {
      return Set.of(); // nothing young: no need to ask the store what is new
    }
    return alerting(newItems(feedId, all), now);
  }

  /** The items of {@code all} not seen in this feed before, oldest first. */
  private List<FeedItem> newItems(long feedId, List<FeedItem> all) {
    List<FeedItem> items = new ArrayList<>(all);
    Set<String> known = seen.known(feedId, items.stream().map(FeedItem::id).toList());
    items.removeIf(item -> known.contains(item.id()));
    // oldest first: an earlier report starts the story a later one joins
    items.sort(Comparator.comparing(FeedItem::published));
    return items;
  }

  /**
   * The alerts an item deserves: by its title and feed text, or else by its title, feed text and article lead
   * (the feed text stays in, so a topic's exclusion found there still excludes).
   */
  private List<Intent> intents(FeedItem item, String lead, Instant now) {
    List<Intent> intents = planner.intents(item.title(), item.summary(), now);
    if (intents.isEmpty() && lead != null) {
      intents = planner.intents(item.title(), ArticleLead.withFeedText(item.summary(), lead), now);
    }
    return intents;
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
