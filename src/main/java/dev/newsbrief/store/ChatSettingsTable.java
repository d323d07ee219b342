package dev.newsbrief.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;

/** Reads and writes {@link ChatSettings}; a chat without a row has the defaults. Thread-safe. */
public final class ChatSettingsTable {
  private final Database db;
  private final Clock clock;
  private final int defaultPoints;

  public ChatSettingsTable(Database db, Clock clock, int defaultPoints) {
    this.db = db;
    this.clock = clock;
    this.defaultPoints = defaultPoints;
  }

  /** The chat's settings, or the defaults when it never changed any. */
  public ChatSettings get(long chatId) {
    return db.read("reading settings of chat " + chatId, c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT points, link_preview, summarize_all, language FROM chat_settings WHERE chat_id = ?")) {
        s.setLong(1, chatId);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            return ChatSettings.defaults(chatId, defaultPoints);
          }
          return new ChatSettings(chatId, r.getInt(1), r.getInt(2) != 0, r.getInt(3) != 0, r.getString(4));
        }
      }
    });
  }

  /** Stores {@code settings}, replacing the chat's earlier ones. */
  public void put(ChatSettings settings) {
    db.write("saving settings of chat " + settings.chatId(), c -> {
      try (PreparedStatement s = c.prepareStatement("""
          INSERT INTO chat_settings (chat_id, points, link_preview, summarize_all, language, updated_at)
          VALUES (?, ?, ?, ?, ?, ?)
          ON CONFLICT (chat_id) DO UPDATE SET points = excluded.points, link_preview = excluded.link_preview,
            summarize_all = excluded.summarize_all, language = excluded.language, updated_at = excluded.updated_at
          """)) {
        s.setLong(1, settings.chatId());
        s.setInt(2, settings.points());
        s.setInt(3, settings.linkPreview() ? 1 : 0);
        s.setInt(4, settings.summarizeAll() ? 1 : 0);
        s.setString(5, settings.language());
        s.setLong(6, clock.millis());
        return s.executeUpdate();
      }
    });
  }

  /** Stores the chat's time zone (an IANA id or UTC offset, already validated), keeping its other settings. */
  public void setTimeZone(long chatId, String zoneId) {
    ChatSettings defaults = ChatSettings.defaults(chatId, defaultPoints);
    db.write("saving the time zone of chat " + chatId, c -> {
      try (PreparedStatement s = c.prepareStatement("""
          INSERT INTO chat_settings (chat_id, points, link_preview, summarize_all, language, time_zone, updated_at)
          VALUES (?, ?, ?, ?, NULL, ?, ?)
          ON CONFLICT (chat_id) DO UPDATE SET time_zone = excluded.time_zone, updated_at = excluded.updated_at
          """)) {
        s.setLong(1, chatId);
        s.setInt(2, defaults.points());
        s.setInt(3, defaults.linkPreview() ? 1 : 0);
        s.setInt(4, defaults.summarizeAll() ? 1 : 0);
        s.setString(5, zoneId);
        s.setLong(6, clock.millis());
        return s.executeUpdate();
      }
    });
  }

  /** A group became a supergroup with a new id: its settings follow it. */
  public void moveChat(long oldChatId, long newChatId) {
    db.write("moving settings of chat " + oldChatId, c -> {
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE OR REPLACE chat_settings SET chat_id = ? WHERE chat_id = ?")) {
        s.setLong(1, newChatId);
        s.setLong(2, oldChatId);
        return s.executeUpdate();
      }
    });
  }
}
