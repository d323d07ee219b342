package dev.newsbrief.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stories (items from different feeds about one event) and their sources. Thread-safe. */
public final class Stories {
  /** A feed that reported a story, and its link to it. */
  public record Source(long feedId, String name, String link) {
  }

  /**
   * A story as an alert shows it.
   *
   * @param sources every feed that reported it, first reporter first
   */
  public record Story(long id, String title, String link, String summary, Instant publishedAt,
      List<Source> sources) {
    public Story {
      sources = List.copyOf(sources);
    }
  }

  /** A recent story as the clustering and the look-back of a new topic need it. */
  public record Recent(long id, String title, String summary, String canonicalUrl, String shingles,
      Instant publishedAt, Instant createdAt, String articleLead) {
  }

  private final Database db;

  public Stories(Database db) {
    this.db = db;
  }

  /** A story with its sources; empty when it was pruned. */
  public Optional<Story> get(long storyId) {
    return db.read("reading story " + storyId, c -> {
      List<Source> sources = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT feed_id, source_name, link FROM story_sources"
          + " WHERE story_id = ? ORDER BY added_at, rowid")) {
        s.setLong(1, storyId);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            sources.add(new Source(r.getLong(1), r.getString(2), r.getString(3)));
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement(
          "SELECT title, link, summary, published_at FROM stories WHERE id = ?")) {
        s.setLong(1, storyId);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          return Optional.of(new Story(storyId, r.getString(1), r.getString(2), r.getString(3), Sql.instant(r, 4),
              sources));
        }
      }
    });
  }

  /** Stories created at or after {@code since}, newest first, at most {@code limit}. */
  public List<Recent> since(Instant since, int limit) {
    return db.read("reading recent stories", c -> {
      List<Recent> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("""
          SELECT id, title, summary, canonical_url, shingles, published_at, created_at, article_lead FROM stories
          WHERE created_at >= ? ORDER BY created_at DESC, id DESC LIMIT ?""")) {
        s.setLong(1, since.toEpochMilli());
        s.setInt(2, limit);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            rows.add(new Recent(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                Sql.instant(r, 6), Instant.ofEpochMilli(r.getLong(7)), r.getString(8)));
          }
        }
      }
      return rows;
    });
  }

  /**
   * Forgets stories created before {@code storiesBefore} (except those a queued message still needs) and items
   * first seen before {@code itemsBefore}. Items are best kept longer than stories: an item's key is all that
   * stops an undated item still in its feed from counting as new again.
   *
   * @return the number of stories deleted
   */
  public int prune(Instant storiesBefore, Instant itemsBefore) {
    return db.write("pruning old stories", c -> {
      Sql.update(c, "DELETE FROM feed_items WHERE seen_at < ?", itemsBefore.toEpochMilli());
      return Sql.update(c, """
          DELETE FROM stories WHERE created_at < ?
          AND id NOT IN (SELECT story_id FROM alert_outbox WHERE story_id IS NOT NULL)""",
          storiesBefore.toEpochMilli());
    });
  }
}
