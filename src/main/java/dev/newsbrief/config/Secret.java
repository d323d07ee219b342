package dev.newsbrief.config;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A value that must never be printed. {@link #toString()} hides it, {@link #reveal()} is for the one place that
 * sends it, and {@link #redact(String)} removes every secret made so far from a text (the log converters call it
 * on every line, so a URL carrying the token is masked too).
 */
public final class Secret {
  private static final String MASK = "<redacted>";
  private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

  private final String value;

  public Secret(String value) {
    this.value = value;
    if (!isEmpty()) {
      KNOWN.add(value);
      KNOWN.add(value.replace(":", "%3A"));
      KNOWN.add(value.replace(":", "%3a"));
    }
  }

  /** The secret itself; pass it only to the client that needs it. */
  public String reveal() {
    return value;
  }

  public boolean isEmpty() {
    return value == null || value.isBlank();
  }

  /** {@code text} with every secret replaced by a mask; null stays null. */
  public static String redact(String text) {
    if (text == null || KNOWN.isEmpty()) {
      return text;
    }
    String result = text;
    for (String secret : KNOWN) {
      if (result.contains(secret)) {
        result = result.replace(secret, MASK);
      }
    }
    return result;
  }

  @Override
  public String toString() {
    return isEmpty() ? "(unset)" : "(hidden)";
  }
}
