package dev.newsbrief.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The state database: one SQLite file under the data directory, opened once, migrated on open.
 *
 * <p>Durability as the field notes require: WAL with {@code synchronous=FULL} (WAL with NORMAL may lose a
 * committed transaction on power loss), foreign keys on, a 5 s busy timeout, and one connection used under
 * a lock, so there is exactly one writer; writes begin with {@code BEGIN IMMEDIATE}. Thread-safe.
 */
public final class Database implements AutoCloseable {
  /** The database file's name inside the data directory. */
  public static final String FILE_NAME = "newsbrief.db";

  /** Work done inside one transaction or one read. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final Connection connection;
  private final Path file;

  private Database(Connection connection, Path file) {
    this.connection = connection;
    this.file = file;
  }

  /**
   * Opens (creating when needed) the database in {@code dataDir} and applies pending migrations.
   *
   * @throws StoreException naming the file when it cannot be opened or migrated
   */
  public static Database open(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    try {
      Files.createDirectories(dataDir);
      return connect("jdbc:sqlite:" + file.toAbsolutePath(), file);
    } catch (IOException e) {
      throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
    }
  }

  /** A database that lives in memory and is gone when closed: for the console, where nothing should stay. */
  public static Database openInMemory() {
    return connect("jdbc:sqlite::memory:", Path.of(":memory:"));
  }

  private static Database connect(String jdbcUrl, Path file) {
    try {
      Connection connection = DriverManager.getConnection(jdbcUrl);
      try (Statement s = connection.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=FULL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA busy_timeout=5000");
      }
      connection.setAutoCommit(true);
      Database db = new Database(connection, file);
      Migrations.apply(db);
      return db;
    } catch (SQLException e) {
      throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
    }
  }

  /** Runs {@code work} in one write transaction ({@code BEGIN IMMEDIATE}); rolls back when it throws. */
  public synchronized <T> T write(String what, Work<T> work) {
    try (Statement s = connection.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      try {
        T result = work.run(connection);
        s.execute("COMMIT");
        return result;
      } catch (SQLException | RuntimeException e) {
        s.execute("ROLLBACK");
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(what + " failed: " + e.getMessage(), e);
    }
  }

  /** Runs {@code work} as a read. */
  public synchronized <T> T read(String what, Work<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreException(what + " failed: " + e.getMessage(), e);
    }
  }

  /** The file this database lives in. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("closing " + file + " failed: " + e.getMessage(), e);
    }
  }
}
