package dev.newsbrief.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;

/** Which article each summary message shows, at what length: what its More / Shorter buttons need. Thread-safe. */
public final class BriefMessages {
  /**
   * One summary message.
   *
   * @param url           the article
   * @param points        key points it shows now
   * @param forwardedFrom the attribution line it carries, or null
   */
  public record Entry(long chatId, int messageId, String url, int points, String forwardedFrom) {
  }

  private final Database db;
  private final Clock clock;

  public BriefMessages(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Records (or updates) what a summary message shows. */
  public void put(Entry e) {
    db.write("recording summary message " + e.chatId() + "/" + e.messageId(), c -> {
      try (PreparedStatement s = c.prepareStatement("""
          INSERT INTO brief_messages (chat_id, message_id, url, points, forwarded_from, created_at)
          VALUES (?, ?, ?, ?, ?, ?)
          ON CONFLICT (chat_id, message_id) DO UPDATE SET url = excluded.url, points = excluded.points,
            forwarded_from = excluded.forwarded_from
          """)) {
        s.setLong(1, e.chatId());
        s.setInt(2, e.messageId());
        s.setString(3, e.url());
        s.setInt(4, e.points());
        s.setString(5, e.forwardedFrom());
        s.setLong(6, clock.millis());
        return s.executeUpdate();
      }
    });
  }

  /** What the message shows, or null when it is not a summary the bot remembers. */
  public Entry get(long chatId, int messageId) {
    return db.read("reading summary message " + chatId + "/" + messageId, c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT url, points, forwarded_from FROM brief_messages WHERE chat_id = ? AND message_id = ?")) {
        s.setLong(1, chatId);
        s.setInt(2, messageId);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? new Entry(chatId, messageId, r.getString(1), r.getInt(2), r.getString(3)) : null;
        }
      }
    });
  }
}
