package dev.newsbrief.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * {@code t.me/<bot>?start=<payload>} links that open the bot on an article: the payload is the article's URL in
 * URL-safe Base64 without padding (Telegram allows {@code [A-Za-z0-9_-]}, at most 64 characters).
 */
public final class DeepLink {
  /** Telegram's limit for a start payload. */
  public static final int MAX_PAYLOAD = 64;

  private DeepLink() {
  }

  /** The payload for {@code url}, or null when the URL is too long to fit. */
  public static String encode(String url) {
    String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(url.getBytes(StandardCharsets.UTF_8));
    return payload.length() <= MAX_PAYLOAD ? payload : null;
  }

  /** The http(s) URL a payload carries, or null when it carries none. */
  static String decode(String payload) {
    if (payload == null || payload.isEmpty() || payload.length() > MAX_PAYLOAD
        || !payload.matches("[A-Za-z0-9_-]+")) {
      return null;
    }
    try {
      String url = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
      String lower = url.toLowerCase(Locale.ROOT);
      return lower.startsWith("http://") || lower.startsWith("https://") ? url : null;
    } catch (IllegalArgumentException e) {
      return null; // an ordinary /start payload, e.g. a referral tag
    }
  }
}
