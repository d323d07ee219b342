package dev.newsbrief.feeds;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One poller per database: an OS file lock on {@code poller.lock} beside the database file, which the OS
 * releases when the process dies, even by {@code kill -9}, so a stale lock never blocks a restart.
 */
final class PollerLock implements AutoCloseable {
  static final String FILE_NAME = "poller.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private PollerLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock for the database in {@code databaseFile}'s directory.
   *
   * @throws IllegalStateException when another poller holds it
   */
  static PollerLock acquire(Path databaseFile) {
    Path file = databaseFile.toAbsolutePath().resolveSibling(FILE_NAME);
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw refused(file);
      }
      return new PollerLock(channel, lock);
    } catch (OverlappingFileLockException e) {
      close(channel);
      throw refused(file);
    } catch (IOException e) {
      close(channel);
      throw new IllegalStateException("cannot lock " + file + ": " + e.getMessage(), e);
    } catch (IllegalStateException e) {
      close(channel);
      throw e;
    }
  }

  private static IllegalStateException refused(Path file) {
    return new IllegalStateException("another newsbrief is already polling feeds for this database (" + file
        + " is locked); run one bot per data directory");
  }

  private static void close(FileChannel channel) {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException ignored) {
      // nothing to do: the lock was never ours
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it as well
    }
    close(channel);
  }
}
