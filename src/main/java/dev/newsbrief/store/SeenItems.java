package dev.newsbrief.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The items seen per feed, and what seeing them causes: each new item joins or starts a story, adds its feed
 * as a source, and queues the alerts it deserves, all of one poll in one transaction. A crash thus loses
 * nothing and alerts nothing twice: either the items are seen and their alerts queued, or neither.
 * Thread-safe.
 */
public final class SeenItems {
  /**
   * An alert an item deserves.
   *
   * @param topic the subscription's topic as typed
   * @param dueAt not before (digest time), or null for now
   * @param muted record the story as alerted, but queue nothing
   */
  public record Intent(long chatId, long subscriptionId, String topic, Instant dueAt, boolean muted) {
  }

  /**
   * One new item of a poll.
   *
   * @param key          its identity in the feed
   * @param canonicalUrl its canonical link, or null
   * @param shingles     its near-duplicate fingerprint, stored with a story it starts
   * @param storyId      the existing story it joins, or null
   * @param sameStoryAs  the index of an earlier item of the same call whose story it joins, or -1
   * @param alerts       at most one per chat
   * @param announce     whether joining a story already sent to chats queues an 'also' for them; false for a
   *                     feed's backlog and for items too old to alert
   */
  public record Item(String key, String title, String link, String summary, Instant publishedAt,
      String canonicalUrl, String shingles, Long storyId, int sameStoryAs, List<Intent> alerts, boolean announce,
      String articleLead) {
    public Item {
      Objects.requireNonNull(key, "key");
      alerts = List.copyOf(alerts);
    }
  }

  /**
   * What {@link #record} stored.
   *
   * @param storyIds the story of each item, in order; null for an item that was already seen
   */
  public record Recorded(List<Long> storyIds, int newItems, int alertsQueued, int alsoQueued) {
  }

  private final Database db;
  private final Clock clock;

  public SeenItems(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** The keys among {@code keys} already seen in this feed. */
  public Set<String> known(long feedId, Collection<String> keys) {
    List<String> all = new ArrayList<>(keys);
    return db.read("reading seen items of feed " + feedId, c -> {
      Set<String> seen = new HashSet<>();
      for (int from = 0; from < all.size(); from += 500) {
        List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
        String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
        try (PreparedStatement s = c.prepareStatement(
            "SELECT item_key FROM feed_items WHERE feed_id = ? AND item_key IN (" + marks + ")")) {
          s.setLong(1, feedId);
          for (int i = 0; i < chunk.size(); i++) {
            s.setString(i + 2, chunk.get(i));
          }
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              seen.add(r.getString(1));
            }
          }
        }
      }
      return seen;
    });
  }

  /**
   * Records a poll's new items of one feed with their stories, sources and alerts, in one transaction.
   * An item already seen is skipped; an alert for a story the chat already got is skipped; when an item adds a
   * new source to a story some chats were already sent, each of those chats gets one 'also' row (once per
   * story and chat).
   *
   * @param sourceName how the feed is named to users ("also reported by ...")
   * @param success    the poll's outcome for the feed's row (primed, validators, next poll), stored in the same
   *                   transaction so a feed is never primed without its backlog; or null
   */
  public Recorded record(long feedId, String sourceName, List<Item> items, Feeds.Success success) {
    return db.write("recording new items of feed " + feedId, c -> {
      List<Long> storyIds = new ArrayList<>(items.size());
      int fresh = 0;
      int alerts = 0;
      int also = 0;
      long now = clock.millis();
      // prepared once per poll: a first poll records dozens of items, each with several statements
      try (PreparedStatement seen = c.prepareStatement("""
              INSERT INTO feed_items (feed_id, item_key, title, link, published_at, seen_at)
              VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""");
          PreparedStatement story = c.prepareStatement(
              "UPDATE feed_items SET story_id = ? WHERE feed_id = ? AND item_key = ?");
          PreparedStatement source = c.prepareStatement("""
              INSERT INTO story_sources (story_id, feed_id, source_name, link, added_at) VALUES (?, ?, ?, ?, ?)
              ON CONFLICT DO NOTHING""")) {
        for (Item item : items) {
          if (run(seen, feedId, item.key(), item.title(), item.link(), Sql.millis(item.publishedAt()), now) == 0) {
            storyIds.add(null);
            continue;
          }
          fresh++;
          Long joined = item.sameStoryAs() >= 0 ? storyIds.get(item.sameStoryAs()) : item.storyId();
          boolean existed = joined != null && exists(c, joined);
          long storyId = existed ? joined : createStory(c, item, now);
          if (existed && item.articleLead() != null) {
            Sql.update(c, "UPDATE stories SET article_lead = ? WHERE id = ? AND article_lead IS NULL",
                item.articleLead(), storyId);
          }
          storyIds.add(storyId);
          run(story, storyId, feedId, item.key());
          boolean newSource = run(source, storyId, feedId, sourceName, item.link(), now) > 0;
          if (existed && newSource && item.announce()) {
            also += queueAlso(c, storyId, sourceName, now);
          }
          for (Intent intent : item.alerts()) {
            alerts += Alerts.insert(c, intent.chatId(), storyId, intent.subscriptionId(), intent.topic(),
                intent.dueAt(), intent.muted(), now);
          }
        }
      }
      if (success != null) {
        Feeds.succeeded(c, feedId, success, now);
      }
      return new Recorded(storyIds, fresh, alerts, also);
    });
  }

  private static int run(PreparedStatement s, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      s.setObject(i + 1, args[i]);
    }
    return s.executeUpdate();
  }

  private static boolean exists(Connection c, long storyId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM stories WHERE id = ?")) {
      s.setLong(1, storyId);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  private static long createStory(Connection c, Item item, long now) throws SQLException {
    try (PreparedStatement s = Sql.prepareInsert(c, """
        INSERT INTO stories (title, link, canonical_url, summary, shingles, published_at, created_at, article_lead)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
      s.setString(1, item.title());
      s.setString(2, item.link());
      s.setString(3, item.canonicalUrl());
      s.setString(4, item.summary());
      s.setString(5, item.shingles());
      s.setObject(6, Sql.millis(item.publishedAt()));
      s.setLong(7, now);
      s.setString(8, item.articleLead());
      return Sql.insert(s);
    }
  }

  /** One 'also' per chat whose alert message is out (an unsent one shows every source when it is sent). */
  private static int queueAlso(Connection c, long storyId, String sourceName, long now) throws SQLException {
    int queued = Sql.update(c, """
        INSERT INTO alert_outbox (chat_id, kind, story_id, subscription_id, detail, created_at)
        SELECT chat_id, 'also', story_id, subscription_id, ?, ? FROM alerts
        WHERE story_id = ? AND also_edited = 0 AND message_id IS NOT NULL""", sourceName, now, storyId);
    Sql.update(c, "UPDATE alerts SET also_edited = 1 WHERE story_id = ? AND also_edited = 0"
        + " AND message_id IS NOT NULL", storyId);
    return queued;
  }
}
