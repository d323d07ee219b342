package dev.newsbrief.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the date spellings publishers use into ISO-8601: a date, or a date-time with its offset when known. */
final class DateNormalizer {
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\d])((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)"
          + "(?:(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern CHINESE = Pattern.compile(
      "((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]"
          + "(?:\\s*(\\d{1,2})\\s*[:：时]\\s*(\\d{2})(?:\\s*[:：分]\\s*(\\d{2}))?)?");
  private static final String MONTHS = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_FIRST = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+" + MONTHS + ",?\\s+((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
  private static final String MONTH_KEYS = "janfebmaraprmayjunjulaugsepoctnovdec";

  private DateNormalizer() {
  }

  /** The ISO-8601 form of {@code raw} when it is (or starts with) a date, else null. */
  static String normalize(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String text = raw.strip();
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
          .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeException notRfc) {
      return find(text.length() > 80 ? text.substring(0, 80) : text);
    }
  }

  /** The first date written anywhere in {@code text}, in ISO-8601, or null. */
  static String find(String text) {
    if (text == null) {
      return null;
    }
    String best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Pattern pattern : new Pattern[] {NUMERIC, CHINESE}) {
      Matcher m = pattern.matcher(text);
      while (m.find() && m.start() < bestAt) {
        String iso = build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6),
            pattern == NUMERIC ? m.group(7) : null);
        if (iso != null) {
          best = iso;
          bestAt = m.start();
          break;
        }
      }
    }
    Matcher m = MONTH_FIRST.matcher(text);
    if (m.find() && m.start() < bestAt) {
      best = build(m.group(3), month(m.group(1)), m.group(2), null, null, null, null);
      bestAt = m.start();
    }
    m = DAY_FIRST.matcher(text);
    if (m.find() && m.start() < bestAt) {
      best = build(m.group(3), month(m.group(2)), m.group(1), null, null, null, null);
    }
    return best;
  }

  private static String month(String name) {
    return Integer.toString(MONTH_KEYS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1);
  }

  private static String build(String y, String mo, String d, String h, String mi, String s, String offset) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
      if (h == null) {
        return date.toString();
      }
      LocalDateTime time = date.atTime(Integer.parseInt(h), Integer.parseInt(mi), s == null ? 0 : Integer.parseInt(s));
      if (offset == null) {
        return time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      }
      ZoneOffset zone = ZoneOffset.of(offset.length() == 5 && offset.indexOf(':') < 0
          ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
      return time.atOffset(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeException | NumberFormatException impossible) {
      return null;
    }
  }
}
