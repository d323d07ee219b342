package dev.newsbrief.cli;

/** The command line is wrong; the message says what, and the program exits with 2. */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message);
  }
}
