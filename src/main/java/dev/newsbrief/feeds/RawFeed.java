package dev.newsbrief.feeds;

import java.time.Instant;
import java.util.List;

/**
 * What a format reader found, before normalization: strings as the feed wrote them (links may be relative,
 * text may be HTML), each with the base its links resolve against.
 */
record RawFeed(String title, String siteLink, String base, String language, Integer ttlMinutes,
    List<Entry> entries) {

  /**
   * One entry as written.
   *
   * @param guid      the feed's own identifier, or null
   * @param base      the {@code xml:base} in effect for this entry (relative or absolute), or null
   * @param html      the description or content; may be HTML, may be null
   * @param published the parsed date, or null when missing or unreadable
   */
  record Entry(String guid, String title, String link, String base, String html, Instant published,
      String author) {
  }
}
