package dev.newsbrief.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The feeds the bot polls, their polling state, and which chats added them. Built-in feeds (from the config)
 * belong to no chat and notify no one. Thread-safe.
 */
public final class Feeds {
  /**
   * One feed and its polling state.
   *
   * @param intervalSeconds the poll interval the feed asked for (ttl, max-age), or null for the default
   * @param failures        consecutive failed polls
   * @param primed          whether the first successful poll has marked its backlog seen
   * @param stopped         not polled (410, or removed by every chat)
   * @param failureNoticed  whether the chats were told that it keeps failing
   */
  public record Row(long id, String url, String title, String language, boolean builtin, String etag,
      String lastModified, Integer intervalSeconds, Instant nextPollAt, int failures, String lastError,
      Instant lastOkAt, boolean primed, boolean stopped, boolean failureNoticed) {

    /** The title, or the URL's host when the feed has none yet: how a source is named to users. */
    public String name() {
      if (title != null && !title.isBlank()) {
        return title;
      }
      okhttp3.HttpUrl parsed = okhttp3.HttpUrl.parse(url);
      return parsed != null ? parsed.host() : url;
    }
  }

  /** The result of adding a feed to a chat: its id, and false when the chat already had it. */
  public record Added(long feedId, boolean added) {
  }

  /**
   * A successful poll (200 or 304).
   *
   * @param etag            the validator to send next time (null keeps none)
   * @param intervalSeconds what the feed asked for, or null
   * @param title           the feed's title when it was parsed (null keeps the stored one)
   * @param language        its language when parsed (null keeps the stored one)
   */
  public record Success(String etag, String lastModified, Integer intervalSeconds, Instant nextPollAt, String title,
      String language) {
  }

  /** A failed poll as recorded: the consecutive count, and how many chats were just told about it. */
  public record Failure(int failures, int noticesQueued) {
  }

  private static final String COLUMNS = "id, url, title, language, builtin, etag, last_modified, interval_seconds,"
      + " next_poll_at, failures, last_error, last_ok_at, primed, stopped, failure_noticed";

  private final Database db;
  private final Clock clock;

  public Feeds(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Adds or updates a built-in feed by URL (title and language from the config); returns its id. */
  public long upsertBuiltin(String url, String title, String language) {
    return db.write("storing built-in feed " + url, c -> {
      Sql.update(c, """
          INSERT INTO feeds (url, title, language, builtin, created_at) VALUES (?, ?, ?, 1, ?)
          ON CONFLICT (url) DO UPDATE SET title = COALESCE(excluded.title, title),
            language = COALESCE(excluded.language, language), builtin = 1, stopped = 0""",
          url, title, language, clock.millis());
      return idOf(c, url);
    });
  }

  /** Adds {@code url} to a chat's feeds, creating (or restarting a stopped) feed; polled at once when new. */
  public Added add(long chatId, String url, String title) {
    return db.write("adding a feed for chat " + chatId, c -> {
      long now = clock.millis();
      Sql.update(c, "INSERT INTO feeds (url, title, created_at) VALUES (?, ?, ?) ON CONFLICT (url) DO NOTHING",
          url, title, now);
      long id = idOf(c, url);
      Sql.update(c, "UPDATE feeds SET stopped = 0, next_poll_at = ?, failures = 0, failure_noticed = 0"
          + " WHERE id = ? AND stopped = 1", now, id);
      int added = Sql.update(c,
          "INSERT INTO chat_feeds (chat_id, feed_id, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
          chatId, id, now);
      return new Added(id, added > 0);
    });
  }

  /**
   * Removes a feed from a chat's feeds; a feed no chat has any more and that is not built in stops.
   *
   * @return false when the chat did not have it
   */
  public boolean remove(long chatId, long feedId) {
    return db.write("removing a feed of chat " + chatId, c -> {
      int removed = Sql.update(c, "DELETE FROM chat_feeds WHERE chat_id = ? AND feed_id = ?", chatId, feedId);
      Sql.update(c, "UPDATE feeds SET stopped = 1 WHERE id = ? AND builtin = 0"
          + " AND NOT EXISTS (SELECT 1 FROM chat_feeds WHERE feed_id = ?)", feedId, feedId);
      return removed > 0;
    });
  }

  /** A chat's feeds with their state, oldest added first. */
  public List<Row> forChat(long chatId) {
    return query("reading feeds of chat " + chatId, "SELECT " + prefixed()
        + " FROM feeds f JOIN chat_feeds cf ON cf.feed_id = f.id WHERE cf.chat_id = ? ORDER BY cf.added_at, f.id",
        chatId);
  }

  /** Feeds to poll now: not stopped and due, the longest waiting first. */
  public List<Row> due(Instant now, int limit) {
    return query("reading due feeds", "SELECT " + COLUMNS
        + " FROM feeds WHERE stopped = 0 AND next_poll_at <= ? ORDER BY next_poll_at, id LIMIT ?",
        now.toEpochMilli(), limit);
  }

  /** Every feed, stopped ones included. */
  public List<Row> all() {
    return query("reading feeds", "SELECT " + COLUMNS + " FROM feeds ORDER BY id");
  }

  public Optional<Row> get(long feedId) {
    return query("reading feed " + feedId, "SELECT " + COLUMNS + " FROM feeds WHERE id = ?", feedId)
        .stream().findFirst();
  }

  public Optional<Row> byUrl(String url) {
    return query("reading feed " + url, "SELECT " + COLUMNS + " FROM feeds WHERE url = ?", url)
        .stream().findFirst();
  }

  /** The chats that added a feed. */
  public List<Long> chatsOf(long feedId) {
    return db.read("reading chats of feed " + feedId, c -> chats(c, feedId));
  }

  /** Records a poll that worked: failures cleared, validators and schedule stored, the feed primed. */
  public void succeeded(long feedId, Success s) {
    db.write("recording a poll of feed " + feedId, c -> succeeded(c, feedId, s, clock.millis()));
  }

  /** {@link #succeeded(long, Success)} inside a transaction another table class runs. */
  static int succeeded(Connection c, long feedId, Success s, long now) throws SQLException {
    return Sql.update(c, """
        UPDATE feeds SET etag = ?, last_modified = ?, interval_seconds = ?, next_poll_at = ?, failures = 0,
          failure_noticed = 0, last_error = NULL, last_ok_at = ?, primed = 1, title = COALESCE(?, title),
          language = COALESCE(?, language) WHERE id = ?""",
        s.etag(), s.lastModified(), s.intervalSeconds(), s.nextPollAt().toEpochMilli(), now, s.title(),
        s.language(), feedId);
  }

  /**
   * Records a failed poll; on the {@code noticeAt}-th consecutive failure of a feed not yet noticed, tells every
   * chat that added it, in the same transaction (one 'notice' outbox row each, detail = {@code cause}).
   */
  public Failure failed(long feedId, String cause, Instant nextPollAt, int noticeAt) {
    return db.write("recording a failed poll of feed " + feedId, c -> {
      Sql.update(c, "UPDATE feeds SET failures = failures + 1, last_error = ?, next_poll_at = ? WHERE id = ?",
          cause, nextPollAt.toEpochMilli(), feedId);
      int failures;
      boolean noticed;
      try (PreparedStatement s = c.prepareStatement("SELECT failures, failure_noticed FROM feeds WHERE id = ?")) {
        s.setLong(1, feedId);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            return new Failure(0, 0);
          }
          failures = r.getInt(1);
          noticed = r.getInt(2) != 0;
        }
      }
      if (failures < noticeAt || noticed) {
        return new Failure(failures, 0);
      }
      return new Failure(failures, notice(c, feedId, cause));
    });
  }

  /** Stops polling a feed (410); tells its chats {@code cause} unless they were told already. */
  public int stop(long feedId, String cause) {
    return db.write("stopping feed " + feedId, c -> {
      Sql.update(c, "UPDATE feeds SET stopped = 1, last_error = ? WHERE id = ?", cause, feedId);
      try (PreparedStatement s = c.prepareStatement("SELECT failure_noticed FROM feeds WHERE id = ?")) {
        s.setLong(1, feedId);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next() || r.getInt(1) != 0) {
            return 0;
          }
        }
      }
      return notice(c, feedId, cause);
    });
  }

  /**
   * The feed moved for good (301/308): store the new URL. When another feed already has it, that feed takes
   * over this one's chats and this one stops.
   *
   * @return the id of the feed now polled at {@code newUrl}
   */
  public long moved(long feedId, String newUrl) {
    return db.write("moving feed " + feedId, c -> {
      Long other = null;
      try (PreparedStatement s = c.prepareStatement("SELECT id FROM feeds WHERE url = ? AND id <> ?")) {
        s.setString(1, newUrl);
        s.setLong(2, feedId);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            other = r.getLong(1);
          }
        }
      }
      if (other == null) {
        Sql.update(c, "UPDATE feeds SET url = ? WHERE id = ?", newUrl, feedId);
        return feedId;
      }
      Sql.update(c, "INSERT OR IGNORE INTO chat_feeds (chat_id, feed_id, added_at)"
          + " SELECT chat_id, ?, added_at FROM chat_feeds WHERE feed_id = ?", other, feedId);
      Sql.update(c, "UPDATE feeds SET stopped = 0 WHERE id = ?", other);
      Sql.update(c, "UPDATE feeds SET stopped = 1 WHERE id = ?", feedId);
      return other;
    });
  }

  private int notice(Connection c, long feedId, String cause) throws SQLException {
    Sql.update(c, "UPDATE feeds SET failure_noticed = 1 WHERE id = ?", feedId);
    int queued = 0;
    for (long chatId : chats(c, feedId)) {
      queued += Sql.update(c, "INSERT INTO alert_outbox (chat_id, kind, feed_id, detail, created_at)"
          + " VALUES (?, 'notice', ?, ?, ?)", chatId, feedId, cause, clock.millis());
    }
    return queued;
  }

  private static List<Long> chats(Connection c, long feedId) throws SQLException {
    List<Long> chats = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT chat_id FROM chat_feeds WHERE feed_id = ? ORDER BY chat_id")) {
      s.setLong(1, feedId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          chats.add(r.getLong(1));
        }
      }
    }
    return chats;
  }

  private static long idOf(Connection c, String url) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM feeds WHERE url = ?")) {
      s.setString(1, url);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static String prefixed() {
    return ("f." + COLUMNS.replace(", ", ", f.")).replace(",\n", ",");
  }

  private List<Row> query(String what, String sql, Object... args) {
    return db.read(what, c -> Sql.query(c, sql, r -> new Row(r.getLong(1), r.getString(2), r.getString(3),
        r.getString(4), r.getInt(5) != 0, r.getString(6), r.getString(7), Sql.nullableInt(r, 8),
        Instant.ofEpochMilli(r.getLong(9)), r.getInt(10), r.getString(11), Sql.instant(r, 12), r.getInt(13) != 0,
        r.getInt(14) != 0, r.getInt(15) != 0), args));
  }
}
