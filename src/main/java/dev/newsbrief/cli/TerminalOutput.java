package dev.newsbrief.cli;

import dev.newsbrief.digest.Brief;
import dev.newsbrief.extract.Article;
import dev.newsbrief.extract.Extraction;
import dev.newsbrief.extract.Source;
import java.util.ArrayList;
import java.util.List;

/** What a person wants to read in a terminal: title, a meta line, the points or the text, the sources. */
final class TerminalOutput {
  private TerminalOutput() {
  }

  static String brief(Brief b) {
    StringBuilder out = new StringBuilder();
    out.append(b.title() != null ? b.title() : "(untitled)").append('\n');
    List<String> meta = new ArrayList<>();
    add(meta, b.siteName());
    add(meta, day(b.published()));
    meta.add(b.readingMinutes() + " min read");
    add(meta, b.language());
    out.append(String.join(" · ", meta)).append('\n');
    if (b.url() != null) {
      out.append(b.url()).append('\n');
    }
    if (!b.complete()) {
      out.append("Note: ").append(b.previewReason()).append('\n');
    }
    out.append('\n');
    for (String point : b.keyPoints()) {
      out.append("  • ").append(point).append('\n');
    }
    appendSources(out, b.sources());
    return out.toString();
  }

  static String article(Extraction x) {
    Article a = x.article();
    StringBuilder out = new StringBuilder();
    out.append(a.title() != null ? a.title() : "(untitled)").append('\n');
    List<String> meta = new ArrayList<>();
    add(meta, a.siteName());
    add(meta, a.byline());
    add(meta, a.published());
    add(meta, a.language());
    meta.add(a.wordCount() + " words");
    out.append(String.join(" · ", meta)).append('\n');
    if (a.url() != null) {
      out.append(a.url()).append('\n');
    }
    if (!x.complete()) {
      out.append("Note: ").append(x.reason()).append('\n');
    }
    out.append('\n').append(a.text()).append('\n');
    appendSources(out, a.sources());
    return out.toString();
  }

  private static void appendSources(StringBuilder out, List<Source> sources) {
    if (sources.isEmpty()) {
      return;
    }
    out.append("\nSources:\n");
    for (Source s : sources) {
      out.append("  - ").append(sourceLine(s)).append('\n');
    }
  }

  /** "Publisher: Title (date) url", leaving out what is unknown. */
  static String sourceLine(Source s) {
    List<String> parts = new ArrayList<>();
    String head = s.publisher() != null && s.title() != null ? s.publisher() + ": " + s.title()
        : s.publisher() != null ? s.publisher() : s.title();
    add(parts, head);
    if (s.date() != null) {
      parts.add("(" + s.date() + ")");
    }
    add(parts, s.url());
    return String.join(" ", parts);
  }

  /** The calendar day of an ISO-8601 date-time: a reader wants "2025-03-14", not the seconds. */
  static String day(String iso) {
    return iso != null && iso.length() > 10 && iso.charAt(10) == 'T' ? iso.substring(0, 10) : iso;
  }

  private static void add(List<String> list, String value) {
    if (value != null && !value.isBlank()) {
      list.add(value);
    }
  }
}
