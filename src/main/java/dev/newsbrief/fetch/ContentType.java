package dev.newsbrief.fetch;

import java.util.Locale;
import java.util.Set;

/**
 * A Content-Type header read leniently: the media type lower-case without parameters, and the raw
 * charset label (null when absent). Also decides which types are articles, and sniffs a missing one.
 *
 * @param mediaType e.g. {@code text/html}; null when the header is missing or empty
 * @param charset   the {@code charset} parameter as written, or null
 */
record ContentType(String mediaType, String charset) {
  private static final Set<String> ARTICLE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");
  private static final int SNIFF_BYTES = 1024;

  /** Parses a header value; a null or blank header gives a null media type. */
  static ContentType parse(String header) {
    if (header == null) {
      return new ContentType(null, null);
    }
    String[] parts = header.split(";");
    String type = parts[0].trim().toLowerCase(Locale.ROOT);
    String charset = null;
    for (int i = 1; i < parts.length; i++) {
      String param = parts[i].trim();
      int eq = param.indexOf('=');
      if (eq > 0 && param.substring(0, eq).trim().equalsIgnoreCase("charset")) {
        charset = param.substring(eq + 1).trim().replace("\"", "").replace("'", "");
      }
    }
    return new ContentType(type.isEmpty() ? null : type, charset == null || charset.isEmpty() ? null : charset);
  }

  /** True for HTML, XHTML and plain text. */
  static boolean isArticle(String mediaType) {
    return ARTICLE_TYPES.contains(mediaType);
  }

  /**
   * The type of an undeclared body: HTML when it opens with {@code <} after a BOM and whitespace, plain
   * text when its start holds no NUL byte, else {@code application/octet-stream}.
   */
  static String sniff(byte[] body) {
    int start = bomLength(body);
    boolean utf16 = start == 2;
    for (int i = start; i < body.length && i < SNIFF_BYTES; i++) {
      int b = body[i] & 0xff;
      if (b == '<') {
        return "text/html";
      }
      if (!(b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || (utf16 && b == 0))) {
        break;
      }
    }
    for (int i = start; i < body.length && i < SNIFF_BYTES && !utf16; i++) {
      if (body[i] == 0) {
        return "application/octet-stream";
      }
    }
    return "text/plain";
  }

  /** Length of a UTF-8 (3) or UTF-16 (2) byte-order mark at the start of {@code bytes}, else 0. */
  static int bomLength(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      return 3;
    }
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
        || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
      return 2;
    }
    return 0;
  }
}
