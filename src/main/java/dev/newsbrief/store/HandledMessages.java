package dev.newsbrief.store;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;

/**
 * Remembers which messages were answered, so that an update Telegram delivers again (after a crash, before
 * the offset was confirmed) is not answered twice, and which were only begun: a message claimed by a process
 * that died before {@link #done} is handled again rather than lost. Entries older than Telegram's own 24 h
 * retention are dropped. Thread-safe.
 */
public final class HandledMessages {
  /** Telegram keeps unconfirmed updates for 24 hours; a little longer is enough to recognise them. */
  static final Duration KEEP = Duration.ofHours(26);

  private final Database db;
  private final Clock clock;
  /** This process: a claim by another run that never finished was cut short by a crash. */
  private final String run = java.util.UUID.randomUUID().toString();

  public HandledMessages(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Claims a message for handling.
   *
   * @return true the first time for this chat and message, and when an earlier process claimed it but died
   *     before {@link #done}; false when it was handled, or is being handled by this process
   */
  public boolean claim(long chatId, int messageId) {
    return db.write("claiming message " + chatId + "/" + messageId, c -> {
      int inserted = Sql.update(c, "INSERT OR IGNORE INTO handled_messages (chat_id, message_id, handled_at, done,"
          + " run) VALUES (?, ?, ?, 0, ?)", chatId, messageId, clock.millis(), run);
      if (inserted == 1) {
        return true;
      }
      return Sql.update(c, "UPDATE handled_messages SET run = ?, handled_at = ? WHERE chat_id = ? AND message_id = ?"
          + " AND done = 0 AND (run IS NULL OR run <> ?)", run, clock.millis(), chatId, messageId, run) == 1;
    });
  }

  /** The message's effects are stored: a later delivery of it is left alone, whatever happens next. */
  public void done(long chatId, int messageId) {
    db.write("finishing message " + chatId + "/" + messageId, c -> Sql.update(c,
        "UPDATE handled_messages SET done = 1 WHERE chat_id = ? AND message_id = ?", chatId, messageId));
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
