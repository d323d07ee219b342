package dev.newsbrief.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Stories alerted to chats: never twice. Thread-safe. */
public final class Alerts {
  /**
   * One story alerted to one chat.
   *
   * @param messageId the alert's Telegram message once sent, else null
   * @param alsoEdited whether the "also reported by" edit was queued
   */
  public record Alert(long chatId, long storyId, Long subscriptionId, Integer messageId, boolean alsoEdited,
      Instant createdAt) {
  }

  private final Database db;

  public Alerts(Database db) {
    this.db = db;
  }

  /** The alert of a story to a chat, if there was one. */
  public Optional<Alert> get(long chatId, long storyId) {
    return db.read("reading an alert", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT subscription_id, message_id, also_edited, created_at"
          + " FROM alerts WHERE chat_id = ? AND story_id = ?")) {
        s.setLong(1, chatId);
        s.setLong(2, storyId);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          return Optional.of(new Alert(chatId, storyId, Sql.nullableLong(r, 1), Sql.nullableInt(r, 2),
              r.getInt(3) != 0, Instant.ofEpochMilli(r.getLong(4))));
        }
      }
    });
  }

  /** The message to edit for an 'also' row, if the alert was sent. */
  public Optional<Integer> messageId(long chatId, long storyId) {
    return get(chatId, storyId).map(Alert::messageId);
  }

  /**
   * Inside a transaction: records a story as alerted to a chat and queues the alert unless muted; nothing when
   * the chat had this story already.
   *
   * @return 1 when an outbox row was queued
   */
  static int insert(Connection c, long chatId, long storyId, long subscriptionId, String topic, Instant dueAt,
      boolean muted, long now) throws SQLException {
    int inserted = Sql.update(c, """
        INSERT INTO alerts (chat_id, story_id, subscription_id, created_at) VALUES (?, ?, ?, ?)
        ON CONFLICT DO NOTHING""", chatId, storyId, subscriptionId, now);
    if (inserted == 0 || muted) {
      return 0;
    }
    return Sql.update(c, """
        INSERT INTO alert_outbox (chat_id, kind, story_id, subscription_id, topic, due_at, created_at)
        VALUES (?, 'alert', ?, ?, ?, ?, ?)""", chatId, storyId, subscriptionId, topic, Sql.millis(dueAt), now);
  }
}
