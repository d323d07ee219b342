package dev.newsbrief.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/** The small conversions every table class needs: nullable times and ids, generated keys. */
final class Sql {
  private Sql() {
  }

  static Instant instant(ResultSet r, int column) throws SQLException {
    long millis = r.getLong(column);
    return r.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  static Long nullableLong(ResultSet r, int column) throws SQLException {
    long value = r.getLong(column);
    return r.wasNull() ? null : value;
  }

  static Integer nullableInt(ResultSet r, int column) throws SQLException {
    int value = r.getInt(column);
    return r.wasNull() ? null : value;
  }

  static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }

  /** Binds a nullable time as epoch milliseconds. */
  static void setInstant(PreparedStatement s, int index, Instant instant) throws SQLException {
    s.setObject(index, millis(instant));
  }

  /** One row of a result as a value. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet r) throws SQLException;
  }

  /** Runs a SELECT with {@code args} bound in order and reads every row. */
  static <T> java.util.List<T> query(java.sql.Connection c, String sql, RowReader<T> reader, Object... args)
      throws SQLException {
    java.util.List<T> rows = new java.util.ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(reader.read(r));
        }
      }
    }
    return rows;
  }

  /** Runs an INSERT prepared with generated keys and returns the new row id. */
  static long insert(PreparedStatement s) throws SQLException {
    s.executeUpdate();
    try (ResultSet keys = s.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  static int update(java.sql.Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s.executeUpdate();
    }
  }

  /**
   * Moves a chat's rows of {@code table} to its new id (a group that became a supergroup); a row the new chat
   * has already (same key) stays the new chat's, and the old chat's copy is dropped.
   */
  static void moveChat(java.sql.Connection c, String table, long oldChatId, long newChatId) throws SQLException {
    update(c, "UPDATE OR IGNORE " + table + " SET chat_id = ? WHERE chat_id = ?", newChatId, oldChatId);
    update(c, "DELETE FROM " + table + " WHERE chat_id = ?", oldChatId);
  }

  static PreparedStatement prepareInsert(java.sql.Connection c, String sql) throws SQLException {
    return c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
  }
}
