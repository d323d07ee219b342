package dev.newsbrief.feeds;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Dates as feeds write them. Unreadable, implausibly old and future dates give way to the fetch time, so
 * the item is kept and sorts as new; identity never depends on a date. Stateless and thread-safe.
 */
final class FeedDates {
  /** Before syndication existed: such dates are placeholders (epoch 0 and the like). */
  private static final Instant EARLIEST = Instant.parse("1995-01-01T00:00:00Z");
  /** Above this an epoch number counts milliseconds, not seconds (it would be the year 5138 in seconds). */
  private static final long MILLIS_THRESHOLD = 100_000_000_000L;

  private FeedDates() {
  }

  /** {@code date} when it is plausible and not after {@code fetchedAt}, else {@code fetchedAt}. */
  static Instant orFetchTime(Instant date, Instant fetchedAt) {
    if (date == null || date.isAfter(fetchedAt) || date.isBefore(EARLIEST)) {
      return fetchedAt;
    }
    return date;
  }

  /** An epoch number, seconds or milliseconds; null when out of range. */
  static Instant fromEpoch(long value) {
    try {
      return Math.abs(value) >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /**
   * A date string from a JSON feed: RFC 3339 as the spec says, or what feeds write instead (RFC 1123, a
   * space instead of the {@code T}, epoch seconds as a string). Null when none of these reads it.
   */
  static Instant parseText(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    if (value.chars().allMatch(Character::isDigit) && value.length() <= 15) {
      return fromEpoch(Long.parseLong(value));
    }
    try {
      return OffsetDateTime.parse(value.replace(' ', 'T').toUpperCase(Locale.ROOT)).toInstant();
    } catch (DateTimeParseException ignored) {
      // not RFC 3339; try the mail format next
    }
    try {
      return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException ignored) {
      return null;
    }
  }
}
