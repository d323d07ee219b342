package dev.newsbrief.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Hand-written feed fixtures under {@code src/test/resources/feeds/}. */
final class FeedFixtures {
  static final Instant FETCHED_AT = Instant.parse("2026-01-25T12:00:00Z");

  private FeedFixtures() {
  }

  static byte[] bytes(String name) {
    try (InputStream in = FeedFixtures.class.getResourceAsStream("/feeds/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Feed parse(String name, String contentType, String feedUrl) throws FeedException {
    return new FeedParser().parse(bytes(name), contentType, feedUrl, FETCHED_AT);
  }
}
