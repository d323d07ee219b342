package dev.newsbrief.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Links accepted for summarizing and not yet answered: written before the update is confirmed to Telegram,
 * deleted when the reply is out, resumed after a crash. Thread-safe.
 */
public final class PendingLinks {
  /**
   * One link to answer.
   *
   * @param id            the row, 0 before it is stored
   * @param threadId      the forum topic, or null
   * @param placeholderId the "Reading…" message already sent, or null
   */
  public record Job(long id, long chatId, int messageId, Integer threadId, String link, String forwardedFrom,
      int points, boolean linkPreview, String language, Integer placeholderId) {

    public Job withId(long newId) {
      return new Job(newId, chatId, messageId, threadId, link, forwardedFrom, points, linkPreview, language,
          placeholderId);
    }
  }

  private final Database db;
  private final Clock clock;

  public PendingLinks(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Stores {@code job}; returns it with its id, or null when the same link of the same message is stored
   * already (a message handled again after a crash: its job is resumed, not doubled).
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
            language, placeholder_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
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
            placeholder_id FROM pending_links ORDER BY id""")) {
        while (r.next()) {
          jobs.add(new Job(r.getLong(1), r.getLong(2), r.getInt(3), (Integer) r.getObject(4), r.getString(5),
              r.getString(6), r.getInt(7), r.getInt(8) != 0, r.getString(9), (Integer) r.getObject(10)));
        }
      }
      return jobs;
    });
  }
}
