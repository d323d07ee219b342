package dev.newsbrief.fetch;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the charset a page declares in its first bytes: an XML declaration's {@code encoding}, a
 * {@code <meta charset>}, or a {@code <meta http-equiv=Content-Type content="...; charset=...">}. A
 * simplified WHATWG pre-scan: only the first {@link #LIMIT} bytes, read as Latin-1, comments skipped.
 */
final class MetaCharsetScanner {
  static final int LIMIT = 8192;

  private MetaCharsetScanner() {
  }

  /** The declared label as written (e.g. {@code "gb2312"}), or null. */
  static String declaredLabel(byte[] bytes, int offset) {
    int length = Math.min(bytes.length - offset, LIMIT);
    String head = new String(bytes, offset, Math.max(length, 0), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    if (head.startsWith("<?xml")) {
      int end = head.indexOf("?>");
      String label = attributes(head.substring(5, end < 0 ? head.length() : end)).get("encoding");
      if (label != null && !label.isBlank()) {
        return label.trim();
      }
    }
    for (int i = head.indexOf('<'); i >= 0 && i < head.length(); i = head.indexOf('<', i + 1)) {
      if (head.startsWith("<!--", i)) {
        int close = head.indexOf("-->", i + 4);
        if (close < 0) {
          return null;
        }
        i = close + 2;
      } else if (head.startsWith("<meta", i) && i + 5 < head.length() && isSpaceOrSlash(head.charAt(i + 5))) {
        int end = head.indexOf('>', i);
        String label = fromMeta(head.substring(i + 5, end < 0 ? head.length() : end));
        if (label != null) {
          return label;
        }
      }
    }
    return null;
  }

  private static String fromMeta(String tag) {
    Map<String, String> attributes = attributes(tag);
    String charset = attributes.get("charset");
    if (charset != null && !charset.isBlank()) {
      return charset.trim();
    }
    String content = attributes.get("content");
    if (content == null || !"content-type".equals(attributes.getOrDefault("http-equiv", "").trim())) {
      return null;
    }
    int at = content.indexOf("charset");
    String rest = at < 0 ? "" : content.substring(at + 7).trim();
    return rest.startsWith("=") ? value(rest.substring(1).trim(), ";, \t\r\n") : null;
  }

  /** The attributes of a tag's text after its name; the first of a repeated name wins, as in HTML. */
  private static Map<String, String> attributes(String tag) {
    Map<String, String> out = new HashMap<>();
    int i = 0;
    int n = tag.length();
    while (i < n) {
      while (i < n && isSpaceOrSlash(tag.charAt(i))) {
        i++;
      }
      int nameStart = i;
      while (i < n && !isSpaceOrSlash(tag.charAt(i)) && tag.charAt(i) != '=') {
        i++;
      }
      String name = tag.substring(nameStart, i);
      while (i < n && isSpaceOrSlash(tag.charAt(i)) && tag.charAt(i) != '/') {
        i++;
      }
      String attrValue = "";
      if (i < n && tag.charAt(i) == '=') {
        i++;
        while (i < n && isSpaceOrSlash(tag.charAt(i)) && tag.charAt(i) != '/') {
          i++;
        }
        int valueEnd = valueEnd(tag, i);
        attrValue = unquote(tag.substring(i, valueEnd));
        i = valueEnd;
      }
      if (!name.isEmpty()) {
        out.putIfAbsent(name, attrValue);
      } else if (i == nameStart) {
        i++;
      }
    }
    return out;
  }

  private static int valueEnd(String tag, int start) {
    if (start < tag.length() && (tag.charAt(start) == '"' || tag.charAt(start) == '\'')) {
      int close = tag.indexOf(tag.charAt(start), start + 1);
      return close < 0 ? tag.length() : close + 1;
    }
    int end = start;
    while (end < tag.length() && !Character.isWhitespace(tag.charAt(end))) {
      end++;
    }
    return end;
  }

  private static String unquote(String text) {
    if (text.length() >= 1 && (text.charAt(0) == '"' || text.charAt(0) == '\'')) {
      boolean closed = text.length() >= 2 && text.charAt(text.length() - 1) == text.charAt(0);
      return text.substring(1, closed ? text.length() - 1 : text.length());
    }
    return text;
  }

  private static String value(String text, String stops) {
    if (text.isEmpty()) {
      return null;
    }
    char quote = text.charAt(0);
    if (quote == '"' || quote == '\'') {
      int close = text.indexOf(quote, 1);
      String inside = text.substring(1, close < 0 ? text.length() : close).trim();
      return inside.isEmpty() ? null : inside;
    }
    int end = 0;
    while (end < text.length() && stops.indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return end == 0 ? null : text.substring(0, end);
  }

  private static boolean isSpaceOrSlash(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/';
  }
}
