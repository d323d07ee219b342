package dev.newsbrief.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Links accepted for summarizing, and slow commands (/addfeed, an OPML import) accepted and not yet answered:
 * written before the update is confirmed to Telegram, deleted when the reply is out, resumed after a crash.
 * Thread-safe.
 */
public final class PendingLinks {
  /** What a stored job does when it runs. */
  public enum Kind {
    /** Summarize {@link Job#link()}. */
    SUMMARY,
    /** {@code /addfeed}: {@link Job#link()} is the address as the user typed it. */
    ADD_FEED,
    /** An OPML file to import: {@link Job#link()} is its Telegram {@code file_id}. */
    IMPORT_OPML;

    /** How it is stored: {@code summary}, {@code add_feed}, {@code import_opml}. */
    String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Kind of(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }

  /**
   * One link to answer, or one slow command.
   *
   * @param id            the row, 0 before it is stored
   * @param threadId      the forum topic, or null
   * @param link          the link to summarize; for a command its argument (see {@link Kind})
   * @param placeholderId the "Reading…" message already sent, or null
   */
  public record Job(long id, long chatId, int messageId, Integer threadId, String link, String forwardedFrom,
      int points, boolean linkPreview, String language, Integer placeholderId, Kind kind) {

    /** A link to summarize. */
    public Job(long id, long chatId, int messageId, Integer threadId, String link, String forwardedFrom,
        int points, boolean linkPreview, String language, Integer placeholderId) {
      this(id, chatId, messageId, threadId, link, forwardedFrom, points, linkPreview, language, placeholderId,
          Kind.SUMMARY);
    }

    /** A slow command of a message, not yet stored; answered in {@code language}. */
    public static Job command(Kind kind, long chatId, int messageId, Integer threadId, String argument,
        String language) {
      return new Job(0, chatId, messageId, threadId, argument, null, 0, false, language, null, kind);
    }

    public Job withId(long newId) {
      return new Job(newId, chatId, messageId, threadId, link, forwardedFrom, points, linkPreview, language,
          placeholderId, kind);
    }
  }

  private final Database db;
  private final Clock clock;

  public PendingLinks(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Stores {@code job}; returns it with its id, or null when the same link (or command argument) of the same
   * message is stored already (a message handled again after a crash: its job is resumed, not doubled).
   */
  public Job add(Job job) {
    Long id = db.write("storing a pending link", c -> {
      try (PreparedStatement exists = c.prepareStatement(
          "SELECT 1 FROM pending_links WHERE chat_id = ? AND message_id = ? AND link = ?")) {
        exists.setLong(1, job.chatId());
        exists.setInt(2, job.messageId());
        exists.setString(3, job.link());
        try (ResultSet r = exists.executeQuery()) {
          if (r.next()) {
            return null;
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement("""
          INSERT INTO pending_links (chat_id, message_id, thread_id, link, forwarded_from, points, link_preview,
            language, placeholder_id, created_at, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
          Statement.RETURN_GENERATED_KEYS)) {
        s.setLong(1, job.chatId());
        s.setInt(2, job.messageId());
        s.setObject(3, job.threadId());
        s.setString(4, job.link());
        s.setString(5, job.forwardedFrom());
        s.setInt(6, job.points());
        s.setInt(7, job.linkPreview() ? 1 : 0);
        s.setString(8, job.language());
        s.setObject(9, job.placeholderId());
        s.setLong(10, clock.millis());
        s.setString(11, job.kind().code());
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    });
    return id == null ? null : job.withId(id);
  }

  /** Remembers the placeholder sent for a job, so a resumed job edits it instead of sending another. */
  public void placeholderSent(long id, int placeholderId) {
    db.write("recording a placeholder", c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE pending_links SET placeholder_id = ? WHERE id = ?")) {
        s.setInt(1, placeholderId);
        s.setLong(2, id);
        return s.executeUpdate();
      }
    });
  }

  /** A group became a supergroup: its waiting links and commands are answered in the new chat. */
  public void moveChat(long oldChatId, long newChatId) {
    db.write("moving the pending links of chat " + oldChatId, c -> {
      Sql.moveChat(c, "pending_links", oldChatId, newChatId);
      return null;
    });
  }

  /** The reply is out: forget the job. */
  public void done(long id) {
    db.write("finishing a pending link", c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM pending_links WHERE id = ?")) {
        s.setLong(1, id);
        return s.executeUpdate();
      }
    });
  }

  /** Every job not yet answered, oldest first. */
  public List<Job> all() {
    return db.read("reading pending links", c -> {
      List<Job> jobs = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
          SELECT id, chat_id, message_id, thread_id, link, forwarded_from, points, link_preview, language,
            placeholder_id, kind FROM pending_links ORDER BY id""")) {
        while (r.next()) {
          jobs.add(new Job(r.getLong(1), r.getLong(2), r.getInt(3), (Integer) r.getObject(4), r.getString(5),
              r.getString(6), r.getInt(7), r.getInt(8) != 0, r.getString(9), (Integer) r.getObject(10),
              Kind.of(r.getString(11))));
        }
      }
      return jobs;
    });
  }
}
