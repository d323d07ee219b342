package dev.newsbrief.store;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;

/**
 * Remembers which messages were answered, so that an update Telegram delivers again (after a crash, before
 * the offset was confirmed) is not answered twice. Entries older than Telegram's own 24 h retention are
 * dropped. Thread-safe.
 */
public final class HandledMessages {
  /** Telegram keeps unconfirmed updates for 24 hours; a little longer is enough to recognise them. */
  static final Duration KEEP = Duration.ofHours(26);

  private final Database db;
  private final Clock clock;

  public HandledMessages(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Claims a message for handling.
   *
   * @return true the first time for this chat and message, false when it was claimed before
   */
  public boolean claim(long chatId, int messageId) {
    return db.write("claiming message " + chatId + "/" + messageId, c -> {
      try (PreparedStatement s = c.prepareStatement(
          "INSERT OR IGNORE INTO handled_messages (chat_id, message_id, handled_at) VALUES (?, ?, ?)")) {
        s.setLong(1, chatId);
        s.setInt(2, messageId);
        s.setLong(3, clock.millis());
        return s.executeUpdate() == 1;
      }
    });
  }

  /** Forgets entries older than {@link #KEEP}; returns how many. */
  public int prune() {
    return db.write("pruning handled messages", c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM handled_messages WHERE handled_at < ?")) {
        s.setLong(1, clock.millis() - KEEP.toMillis());
        return s.executeUpdate();
      }
    });
  }
}
