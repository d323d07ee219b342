package dev.newsbrief.cli;

import dev.newsbrief.fetch.FetchedPage;
import dev.newsbrief.fetch.PageDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Reads a local file as a page: HTML or plain text, decoded by the same charset rules as fetched pages. */
final class InputLoader {
  private static final Pattern URL_LIKE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
  private static final Pattern HTTP = Pattern.compile("^(?i)https?://.*");

  private final long maxBytes;

  InputLoader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** True when {@code input} names a web address (any scheme: the fetcher refuses the wrong ones). */
  static boolean isUrl(String input) {
    return URL_LIKE.matcher(input).matches() || HTTP.matcher(input).matches();
  }

  /**
   * Reads {@code file}; {@code baseUrl} (may be null) becomes the page's address for resolving links.
   *
   * @throws IOException with a one-line human message when the file cannot be read
   */
  FetchedPage load(Path file, String baseUrl) throws IOException {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    byte[] bytes = readCapped(file, name.endsWith(".gz"));
    boolean html = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz")
        || name.endsWith(".htm.gz") || name.endsWith(".xhtml") || startsWithTag(bytes);
    String text = PageDecoder.decode(bytes, null);
    return new FetchedPage(baseUrl, html ? "text/html" : "text/plain", PageDecoder.detect(bytes, null), text);
  }

  private byte[] readCapped(Path file, boolean gzip) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = gzip ? new GZIPInputStream(raw, 64 * 1024) : raw) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes));
    } catch (NoSuchFileException e) {
      String hint = file.toString().contains(".") && !file.toString().contains("/")
          ? " (for a web page, give the full address starting with https://)" : "";
      throw new IOException("no such file: " + file + hint, e);
    } catch (IOException e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The content starts with {@code <} after a BOM and white space. */
  static boolean startsWithTag(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      i = 3;
    }
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
      i++;
    }
    return i < bytes.length && bytes[i] == '<';
  }
}
