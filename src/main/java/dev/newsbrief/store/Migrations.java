package dev.newsbrief.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema changes, kept in the repository as {@code src/main/resources/dev/newsbrief/store/V<n>.sql}
 * and applied in order, each in its own transaction together with the new version number. A migration, once
 * released, is never edited: a change is a new file.
 */
final class Migrations {
  /** Every migration in order; the list index + 1 is its version. */
  static final List<String> FILES = List.of("V1.sql", "V2.sql", "V3.sql", "V4.sql", "V5.sql", "V6.sql", "V7.sql",
      "V8.sql", "V9.sql", "V10.sql");

  private Migrations() {
  }

  static void apply(Database db) {
    int current = db.write("reading the schema version", c -> {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        try (ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
          return r.next() ? r.getInt(1) : 0;
        }
      }
    });
    if (current > FILES.size()) {
      throw new StoreException("the database " + db.file() + " has schema version " + current
          + ", newer than this program knows (" + FILES.size() + "); run a newer newsbrief", null);
    }
    for (int version = current + 1; version <= FILES.size(); version++) {
      String sql = load(FILES.get(version - 1));
      int v = version;
      db.write("migration " + FILES.get(version - 1), c -> {
        try (Statement s = c.createStatement()) {
          for (String statement : sql.split(";\\s*\\n")) {
            if (!statement.isBlank()) {
              s.execute(statement);
            }
          }
          s.execute("INSERT INTO schema_version (version) VALUES (" + v + ")");
        }
        return null;
      });
    }
  }

  private static String load(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new StoreException("migration " + name + " is missing from the program", null);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
    } catch (IOException e) {
      throw new StoreException("cannot read migration " + name, e);
    }
  }

  static int current(Database db) {
    return db.read("reading the schema version", c -> {
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
        return r.next() ? r.getInt(1) : 0;
      }
    });
  }

}
