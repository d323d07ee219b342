package dev.newsbrief.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Chats' topics. Every chat-facing method takes the chat id and touches only that chat's rows. Topics arrive as
 * text and canonical form (parsed by {@code feeds.TopicQuery}), so the store does not depend on the matcher.
 *
 * <p>Every write bumps {@link #version()}, so the poller rebuilds its matcher only when topics changed: share
 * one instance between the bot and the poller. Thread-safe.
 */
public final class Subscriptions {
  /**
   * One topic of one chat.
   *
   * @param query        the topic as typed
   * @param canonical    its normalized form, unique per chat
   * @param digestMinute minute of the day (chat's time zone) for a daily digest, or null for instant alerts
   * @param mutedUntil   no alerts before this time, or null
   */
  public record Row(long id, long chatId, String query, String canonical, Integer digestMinute, Instant mutedUntil,
      Instant createdAt) {

    /** Whether alerts of this topic are held back at {@code now}. */
    public boolean mutedAt(Instant now) {
      return mutedUntil != null && mutedUntil.isAfter(now);
    }
  }

  /** What {@link #add} did. */
  public enum Outcome {
    /** A new topic. */
    ADDED,
    /** The chat already follows a topic with the same canonical form; {@link Added#id()} is that one. */
    ALREADY,
    /** The chat reached its limit of topics; nothing stored, id 0. */
    LIMIT
  }

  /** The outcome of {@link #add} and the subscription's id (0 for LIMIT). */
  public record Added(Outcome outcome, long id) {
  }

  private static final String COLUMNS = "id, chat_id, query, canonical, digest_minute, muted_until, created_at";

  private final Database db;
  private final Clock clock;
  private final AtomicLong version = new AtomicLong();

  public Subscriptions(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Adds a topic for a chat, unless it already follows the same canonical topic or has {@code limitPerChat}.
   *
   * @param query     the topic as typed (shown in /topics and alerts)
   * @param canonical {@code TopicQuery.canonical()}
   */
  public Added add(long chatId, String query, String canonical, int limitPerChat) {
    Added added = db.write("adding a topic for chat " + chatId, c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT id FROM subscriptions WHERE chat_id = ? AND canonical = ?")) {
        s.setLong(1, chatId);
        s.setString(2, canonical);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            return new Added(Outcome.ALREADY, r.getLong(1));
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM subscriptions WHERE chat_id = ?")) {
        s.setLong(1, chatId);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          if (r.getInt(1) >= limitPerChat) {
            return new Added(Outcome.LIMIT, 0);
          }
        }
      }
      try (PreparedStatement s = Sql.prepareInsert(c,
          // Its look-back is still to queue: a crash before it was is finished at the next start.
          "INSERT INTO subscriptions (chat_id, query, canonical, created_at, look_back_pending)"
              + " VALUES (?, ?, ?, ?, 1)")) {
        s.setLong(1, chatId);
        s.setString(2, query);
        s.setString(3, canonical);
        s.setLong(4, clock.millis());
        return new Added(Outcome.ADDED, Sql.insert(s));
      }
    });
    version.incrementAndGet();
    return added;
  }

  /** Removes a chat's topic by id; false when the chat has no such topic. */
  public boolean remove(long chatId, long id) {
    return changed(db.write("removing a topic of chat " + chatId,
        c -> Sql.update(c, "DELETE FROM subscriptions WHERE chat_id = ? AND id = ?", chatId, id)) > 0);
  }

  /** Removes a chat's topic by canonical form; false when the chat has no such topic. */
  public boolean removeCanonical(long chatId, String canonical) {
    return changed(db.write("removing a topic of chat " + chatId,
        c -> Sql.update(c, "DELETE FROM subscriptions WHERE chat_id = ? AND canonical = ?", chatId, canonical)) > 0);
  }

  /** Sets the daily digest minute (0..1439, chat's time zone) of a topic, or null for instant alerts. */
  public boolean setDigest(long chatId, long id, Integer minuteOfDay) {
    if (minuteOfDay != null && (minuteOfDay < 0 || minuteOfDay >= 24 * 60)) {
      throw new IllegalArgumentException("minuteOfDay must be 0..1439: " + minuteOfDay);
    }
    return changed(db.write("setting a digest for chat " + chatId, c -> Sql.update(c,
        "UPDATE subscriptions SET digest_minute = ? WHERE chat_id = ? AND id = ?", minuteOfDay, chatId, id)) > 0);
  }

  /** Mutes a topic until {@code until}, or unmutes it with null. */
  public boolean mute(long chatId, long id, Instant until) {
    return changed(db.write("muting a topic of chat " + chatId, c -> Sql.update(c,
        "UPDATE subscriptions SET muted_until = ? WHERE chat_id = ? AND id = ?", Sql.millis(until), chatId, id)) > 0);
  }

  /** A chat's topics, oldest first. */
  public List<Row> list(long chatId) {
    return query("SELECT " + COLUMNS + " FROM subscriptions WHERE chat_id = ? ORDER BY id", chatId);
  }

  /** One topic of a chat. */
  public Optional<Row> get(long chatId, long id) {
    return query("SELECT " + COLUMNS + " FROM subscriptions WHERE chat_id = ? AND id = ?", chatId, id)
        .stream().findFirst();
  }

  /**
   * A group became a supergroup with a new id: its topics, the feeds it added, the stories it was alerted to and
   * the messages queued for it follow, in one transaction. Rows the new id already has win.
   */
  public void moveChat(long oldChatId, long newChatId) {
    db.write("moving the topics of chat " + oldChatId, c -> {
      for (String table : new String[] {"subscriptions", "chat_feeds", "alerts", "alert_outbox"}) {
        Sql.moveChat(c, table, oldChatId, newChatId);
      }
      return null;
    });
    changed(true);
  }

  /** Topics stored but whose look-back was not queued yet (a crash came between), oldest first. */
  public List<Row> awaitingLookBack() {
    return query("SELECT " + COLUMNS + " FROM subscriptions WHERE look_back_pending = 1 ORDER BY id");
  }

  /** Whether this chat's topic still waits for its look-back. */
  public boolean awaitsLookBack(long chatId, long id) {
    return !query("SELECT " + COLUMNS + " FROM subscriptions WHERE chat_id = ? AND id = ? AND look_back_pending = 1",
        chatId, id).isEmpty();
  }

  /** Every topic of every chat, by id: what the matcher is built from. */
  public List<Row> all() {
    return query("SELECT " + COLUMNS + " FROM subscriptions ORDER BY id");
  }

  /** The chat's time zone ({@code chat_settings.time_zone}); UTC when unset or not a valid IANA id. */
  public ZoneId timeZone(long chatId) {
    String zone = db.read("reading the time zone of chat " + chatId, c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT time_zone FROM chat_settings WHERE chat_id = ?")) {
        s.setLong(1, chatId);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? r.getString(1) : null;
        }
      }
    });
    try {
      return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }

  /** Grows with every write through this instance. */
  public long version() {
    return version.get();
  }

  private boolean changed(boolean changed) {
    version.incrementAndGet();
    return changed;
  }

  private List<Row> query(String sql, Object... args) {
    return db.read("reading topics", c -> Sql.query(c, sql, r -> new Row(r.getLong(1), r.getLong(2), r.getString(3),
        r.getString(4), Sql.nullableInt(r, 5), Sql.instant(r, 6), Instant.ofEpochMilli(r.getLong(7))), args));
  }
}
