package dev.newsbrief.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Messages the feed engine queued for chats, written in the same transaction as what they announce and
 * deleted once Telegram accepted them: a crash loses none and repeats at most one. Thread-safe.
 */
public final class AlertOutbox {
  /** What a row asks to send. */
  public enum Kind {
    /** A story matched a topic: story, subscription and topic set. */
    ALERT,
    /** A new source reported a story already sent: edit that message; detail = the new source's name. */
    ALSO,
    /** A feed the chat added keeps failing or is gone: feed set, detail = a short human cause. */
    NOTICE;

    String sql() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One queued message.
   *
   * @param storyId        for ALERT and ALSO
   * @param subscriptionId for ALERT (and ALSO: the topic that alerted)
   * @param feedId         for NOTICE
   * @param topic          for ALERT: the topic as typed
   * @param detail         for ALSO the new source, for NOTICE the cause
   * @param dueAt          not before this time (digests), or null for now
   * @param attempts       failed sending attempts so far
   */
  public record Entry(long id, long chatId, Kind kind, Long storyId, Long subscriptionId, Long feedId, String topic,
      String detail, Instant dueAt, int attempts, Instant createdAt) {
  }

  /**
   * A story to alert a chat about outside of a poll (a new topic's look-back).
   *
   * @param dueAt not before (digest), or null
   * @param muted record as alerted but queue nothing
   */
  public record StoryAlert(long chatId, long storyId, long subscriptionId, String topic, Instant dueAt,
      boolean muted) {
  }

  private final Database db;
  private final Clock clock;

  public AlertOutbox(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Rows due at {@code now} (due_at null or not after it), in the order they were queued. */
  public List<Entry> due(Instant now, int limit) {
    return db.read("reading the alert outbox", c -> {
      List<Entry> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("""
          SELECT id, chat_id, kind, story_id, subscription_id, feed_id, topic, detail, due_at, attempts, created_at
          FROM alert_outbox WHERE due_at IS NULL OR due_at <= ? ORDER BY id LIMIT ?""")) {
        s.setLong(1, now.toEpochMilli());
        s.setInt(2, limit);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            rows.add(new Entry(r.getLong(1), r.getLong(2), Kind.valueOf(r.getString(3).toUpperCase(Locale.ROOT)),
                Sql.nullableLong(r, 4), Sql.nullableLong(r, 5), Sql.nullableLong(r, 6), r.getString(7),
                r.getString(8), Sql.instant(r, 9), r.getInt(10), Instant.ofEpochMilli(r.getLong(11))));
          }
        }
      }
      return rows;
    });
  }

  /**
   * Telegram accepted the row's message: delete it and, for an alert, remember its message id (for the later
   * "also reported by" edit), in one transaction.
   *
   * @param storyId   the row's story, or null
   * @param messageId the sent message, or null
   */
  public void sent(long outboxId, long chatId, Long storyId, Integer messageId) {
    db.write("finishing outbox row " + outboxId, c -> {
      String kind = null;
      try (PreparedStatement s = c.prepareStatement("SELECT kind FROM alert_outbox WHERE id = ?")) {
        s.setLong(1, outboxId);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            kind = r.getString(1);
          }
        }
      }
      Sql.update(c, "DELETE FROM alert_outbox WHERE id = ?", outboxId);
      if (Kind.ALERT.sql().equals(kind) && storyId != null && messageId != null) {
        Sql.update(c, "UPDATE alerts SET message_id = ? WHERE chat_id = ? AND story_id = ?", messageId, chatId,
            storyId);
      }
      return null;
    });
  }

  /** Deletes a row that can never be sent (the chat blocked the bot or is gone). */
  public void drop(long outboxId) {
    db.write("dropping outbox row " + outboxId, c -> Sql.update(c, "DELETE FROM alert_outbox WHERE id = ?", outboxId));
  }

  /** Counts a failed sending attempt. */
  public void attempt(long outboxId) {
    db.write("counting an outbox attempt", c -> Sql.update(c,
        "UPDATE alert_outbox SET attempts = attempts + 1 WHERE id = ?", outboxId));
  }

  /** Rows not yet sent, due or not. */
  public int pendingCount() {
    return db.read("counting the alert outbox", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM alert_outbox");
          ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    });
  }

  /**
   * A new topic's look-back: records and queues {@code alerts} (skipping stories a chat already had) and marks
   * the topic's look-back done, in one transaction, so it is queued exactly once even when a crash cuts in.
   *
   * @return the rows queued
   */
  public int enqueueLookBack(long subscriptionId, List<StoryAlert> alerts) {
    return db.write("queueing a look-back", c -> {
      Sql.update(c, "UPDATE subscriptions SET look_back_pending = 0 WHERE id = ?", subscriptionId);
      int queued = 0;
      for (StoryAlert a : alerts) {
        queued += Alerts.insert(c, a.chatId(), a.storyId(), a.subscriptionId(), a.topic(), a.dueAt(), a.muted(),
            clock.millis());
      }
      return queued;
    });
  }
}
