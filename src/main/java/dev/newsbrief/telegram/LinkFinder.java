package dev.newsbrief.telegram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the links in a message. Telegram's own entities decide ({@code url} and {@code text_link}); a pattern
 * over the text is only the fallback for text that comes without entities (the console, some clients).
 * Only the first {@link Incoming#MAX_TEXT} characters are read, and at most {@link #MAX_LINKS} links taken.
 */
public final class LinkFinder {
  /** Links taken from one message at most (more than any chat may have summarized at once). */
  public static final int MAX_LINKS = 10;
  /** A longer "link" is no web address anyone means to share. */
  static final int MAX_LINK_CHARS = 2048;

  /** One link entity: {@code url} entities point into the text (UTF-16 offsets); {@code text_link} carry a URL. */
  public record Entity(String type, int offset, int length, String url) {
  }

  private static final Pattern FALLBACK = Pattern.compile(
      "(?i)\\bhttps?://[^\\s<>\"'«»“”‘’（）【】，。！？、]+");
  private static final Pattern SCHEME = Pattern.compile("^(?i)[a-z][a-z0-9+.-]*://.*");

  private LinkFinder() {
  }

  /** The distinct links in {@code text}, in order; {@code entities} may be null. */
  public static List<String> find(String text, List<Entity> entities) {
    String read = Incoming.cap(text);
    Set<String> links = new LinkedHashSet<>();
    if (entities != null && !entities.isEmpty()) {
      for (Entity e : entities) {
        String link = fromEntity(read, e);
        if (link != null && link.length() <= MAX_LINK_CHARS && links.size() < MAX_LINKS) {
          links.add(link);
        }
      }
      return new ArrayList<>(links);
    }
    if (read != null) {
      Matcher m = FALLBACK.matcher(read);
      while (m.find() && links.size() < MAX_LINKS) {
        String link = trimTrailingPunctuation(m.group());
        if (link.length() <= MAX_LINK_CHARS) {
          links.add(link);
        }
      }
    }
    return new ArrayList<>(links);
  }

  private static String fromEntity(String text, Entity e) {
    String type = e.type() == null ? "" : e.type().toLowerCase(Locale.ROOT);
    if (text == null || e.offset() < 0 || e.offset() + e.length() > text.length()) {
      return null; // outside the text read
    }
    if (type.equals("text_link")) {
      return e.url();
    }
    if (!type.equals("url")) {
      return null;
    }
    String raw = text.substring(e.offset(), e.offset() + e.length()).strip();
    // Telegram marks "example.com/story" as a link too; a reader means the web page.
    return SCHEME.matcher(raw).matches() ? raw : "https://" + raw;
  }

  private static long count(String s, char c) {
    return s.chars().filter(ch -> ch == c).count();
  }

  private static String trimTrailingPunctuation(String url) {
    String result = url;
    while (!result.isEmpty() && ".,;:!?)]}".indexOf(result.charAt(result.length() - 1)) >= 0) {
      if (result.endsWith(")") && count(result, '(') >= count(result, ')')) {
        break; // a balanced parenthesis belongs to the link, as in Wikipedia addresses
      }
      result = result.substring(0, result.length() - 1);
    }
    return result;
  }
}
