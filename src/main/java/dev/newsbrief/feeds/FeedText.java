package dev.newsbrief.feeds;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** Turns feed text, HTML or not, into one line of plain text. Stateless and thread-safe. */
final class FeedText {
  /** Tags that show through when a feed escaped its HTML twice; "a <b> c" in plain text is not one of them. */
  private static final Pattern SHOWING_TAG = Pattern.compile(
      "</?(p|br|a|div|span|em|strong|img|ul|ol|li|h[1-6]|blockquote|figure|table)(\\s[^>]*)?/?>",
      Pattern.CASE_INSENSITIVE);

  private FeedText() {
  }

  /** The text of {@code html} with tags dropped, entities decoded and whitespace collapsed; "" for null. */
  static String plain(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    String text = html.indexOf('<') >= 0 || html.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(html).text() : html;
    // some feeds escape their HTML twice; one more pass removes the tags that show through
    if (text.indexOf('<') >= 0 && SHOWING_TAG.matcher(text).find()) {
      text = Jsoup.parseBodyFragment(text).text();
    }
    return collapse(text);
  }

  /** {@code text} cut at a word boundary to at most {@code max} characters, ending in "…" when cut. */
  static String cap(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    int space = text.lastIndexOf(' ', end);
    // a text without spaces (Chinese) is cut at the limit; a Latin text at its last word
    if (space > max / 2) {
      end = space;
    }
    return text.substring(0, end).strip() + "…";
  }

  private static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
