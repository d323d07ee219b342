package dev.newsbrief.fetch;

import java.io.IOException;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads a response body up to a cap on decoded bytes. At the cap it stops and keeps what it has: an
 * article's text is at its start, and a gzip bomb inflates no further than the cap.
 */
final class BodyReader {
  private static final long CHUNK = 8192;

  private final long cap;

  BodyReader(long cap) {
    this.cap = cap;
  }

  /** At most {@code cap} bytes of {@code source}, already un-gzipped by OkHttp. */
  byte[] read(BufferedSource source) throws IOException {
    Buffer buffer = new Buffer();
    while (buffer.size() < cap) {
      long read = source.read(buffer, Math.min(CHUNK, cap - buffer.size()));
      if (read == -1) {
        break;
      }
    }
    return buffer.readByteArray();
  }
}
