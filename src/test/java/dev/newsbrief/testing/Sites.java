package dev.newsbrief.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A small news site for MockWebServer: {@code /NAME} serves the project's {@code samples/NAME.html}, or the
 * test-only page {@code src/test/resources/sites/NAME.html};
 * anything else answers 404. Counts the hits per path, query ignored.
 */
public final class Sites extends Dispatcher {
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    byte[] page = page(path.substring(1));
    if (page == null) {
      return new MockResponse.Builder().code(404).addHeader("Content-Type", "text/html")
          .body("<html><body><h1>Not found</h1></body></html>").build();
    }
    return new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8")
        .body(new Buffer().write(page)).build();
  }

  /** How often {@code path} was requested. */
  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  /** The bytes of fixture {@code name}, or null. */
  public static byte[] page(String name) {
    if (!name.matches("[a-z0-9-]+")) {
      return null;
    }
    Path file = Path.of("samples", name + ".html");
    if (!Files.exists(file)) {
      file = Path.of("src", "test", "resources", "sites", name + ".html");
    }
    try {
      return Files.exists(file) ? Files.readAllBytes(file) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
