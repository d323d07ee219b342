package dev.newsbrief.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;

/** Chats that refused delivery (blocked, kicked, deactivated): the bot stops sending there. Thread-safe. */
public final class InactiveChats {
  private final Database db;
  private final Clock clock;

  public InactiveChats(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Stops sending to {@code chatId}; {@code reason} is Telegram's description, for the operator. */
  public void markInactive(long chatId, String reason) {
    db.write("marking chat " + chatId + " inactive", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "INSERT OR REPLACE INTO inactive_chats (chat_id, reason, since) VALUES (?, ?, ?)")) {
        s.setLong(1, chatId);
        s.setString(2, reason == null ? "" : reason);
        s.setLong(3, clock.millis());
        return s.executeUpdate();
      }
    });
  }

  public boolean isInactive(long chatId) {
    return db.read("reading chat " + chatId + " state", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM inactive_chats WHERE chat_id = ?")) {
        s.setLong(1, chatId);
        try (ResultSet r = s.executeQuery()) {
          return r.next();
        }
      }
    });
  }

  /** The chat wrote to the bot again (e.g. unblocked it): sending resumes. */
  public void reactivate(long chatId) {
    db.write("reactivating chat " + chatId, c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM inactive_chats WHERE chat_id = ?")) {
        s.setLong(1, chatId);
        return s.executeUpdate();
      }
    });
  }
}
