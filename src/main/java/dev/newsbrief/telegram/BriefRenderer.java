package dev.newsbrief.telegram;

import dev.newsbrief.digest.Brief;
import dev.newsbrief.extract.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Brief} as one Telegram HTML message: bold title, a meta line, bullets, the article's own
 * sources and the original link. Every scraped string is escaped, and the message never exceeds
 * {@link #MAX_LENGTH} characters even before Telegram parses the entities: long pieces are shortened at a
 * word boundary and, if still too long, sources and then the last points are dropped.
 */
public final class BriefRenderer {
  /** Telegram's limit for one message. */
  public static final int MAX_LENGTH = 4096;
  static final int MAX_TITLE = 300;
  static final int MAX_POINT = 700;
  static final int MAX_SOURCE = 300;
  static final int MAX_SOURCES = 12;
  static final int FOLD_SOURCES_ABOVE = 3;
  /** Longer addresses are not linked: a link is one tag, and a tag the splitter cannot cut must fit in a message. */
  static final int MAX_URL = 2048;

  private BriefRenderer() {
  }

  /**
   * The whole brief, every point and source kept, as one or more messages of at most {@link #MAX_LENGTH}
   * characters, split at line breaks (see {@link MessageSplitter}).
   */
  static List<String> renderParts(Texts t, Brief brief, String forwardedFrom) {
    String html = compose(t, brief, forwardedFrom, brief.keyPoints(), Math.min(MAX_SOURCES, brief.sources().size()));
    return MessageSplitter.split(html, MAX_LENGTH);
  }

  /** The brief with its labels ("Sources", "min read"…) in the interface language of {@code t}, in one message. */
  public static String render(Texts t, Brief brief, String forwardedFrom) {
    List<String> points = new ArrayList<>(brief.keyPoints());
    int sources = Math.min(MAX_SOURCES, brief.sources().size());
    String html = compose(t, brief, forwardedFrom, points, sources);
    while (html.length() > MAX_LENGTH && sources > 0) {
      html = compose(t, brief, forwardedFrom, points, --sources);
    }
    while (html.length() > MAX_LENGTH && points.size() > 1) {
      points.remove(points.size() - 1);
      html = compose(t, brief, forwardedFrom, points, sources);
    }
    return html.length() <= MAX_LENGTH ? html : Html.escape(shorten(Html.toPlain(html), MAX_LENGTH - 10));
  }

  private static String compose(Texts t, Brief b, String forwardedFrom, List<String> points, int sourceCount) {
    StringBuilder out = new StringBuilder();
    if (forwardedFrom != null) {
      out.append("<i>").append(t.get("render.forwarded", Html.escape(shorten(forwardedFrom, 100)))).append("</i>\n");
    }
    String title = b.title() != null && !b.title().isBlank() ? b.title()
        : host(b.url()) != null ? host(b.url()) : t.get("render.keyPoints");
    out.append("<b>").append(Html.escape(shorten(title, MAX_TITLE))).append("</b>\n");
    out.append("<i>").append(Html.escape(metaLine(t, b))).append("</i>\n");
    if (!b.complete()) {
      out.append("⚠️ ").append(t.get("render.preview")).append('\n');
    }
    out.append('\n');
    for (String point : points) {
      out.append("• ").append(Html.escape(shorten(point, MAX_POINT))).append('\n');
    }
    if (sourceCount > 0) {
      // A long list folds away: the reader came for the points, the sources are there to check them.
      boolean fold = sourceCount > FOLD_SOURCES_ABOVE;
      out.append(fold ? "\n<blockquote expandable>" : "\n").append("<b>").append(t.get("render.sources"))
          .append("</b>\n");
      for (Source s : b.sources().subList(0, sourceCount)) {
        out.append("– ").append(source(s)).append('\n');
      }
      if (fold) {
        out.setLength(out.length() - 1);
        out.append("</blockquote>\n");
      }
    }
    if (b.url() != null) {
      out.append('\n').append(isWebLink(b.url()) ? "<a href=\"" + Html.escape(b.url()) + "\">" + t.get("render.original")
          + "</a>" : t.get("render.original"));
      String host = host(b.url());
      if (host != null) {
        out.append(" · ").append(Html.escape(host));
      }
    }
    return out.toString().strip();
  }

  /** "Site · 2024-05-01 · 4 min read · EN" with what is known. */
  static String metaLine(Texts t, Brief b) {
    List<String> parts = new ArrayList<>();
    if (b.siteName() != null && !b.siteName().isBlank()) {
      parts.add(shorten(b.siteName(), 80));
    }
    if (b.published() != null && b.published().length() >= 10) {
      parts.add(b.published().substring(0, 10));
    }
    parts.add(t.get("render.minRead", b.readingMinutes()));
    if (b.language() != null) {
      parts.add(b.language().toUpperCase(Locale.ROOT));
    }
    return String.join(" · ", parts);
  }

  private static String source(Source s) {
    String label = s.publisher() != null && s.title() != null ? s.publisher() + ": " + s.title()
        : s.title() != null ? s.title() : s.publisher() != null ? s.publisher() : s.url();
    if (s.date() != null) {
      label = label + " (" + s.date() + ")";
    }
    String text = Html.escape(shorten(label == null ? "" : label, MAX_SOURCE));
    if (s.url() != null && isWebLink(s.url())) {
      return "<a href=\"" + Html.escape(s.url()) + "\">" + text + "</a>";
    }
    return text;
  }

  private static boolean isWebLink(String url) {
    if (url.length() > MAX_URL) {
      return false;
    }
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  static String host(String url) {
    if (url == null) {
      return null;
    }
    okhttp3.HttpUrl parsed = okhttp3.HttpUrl.parse(url);
    if (parsed == null) {
      return null;
    }
    String host = parsed.host();
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  /** {@code text} cut to at most {@code max} characters at a word boundary, with an ellipsis; never splits a surrogate pair. */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = max - 1;
    if (Character.isLowSurrogate(text.charAt(cut))) {
      cut--;
    }
    int space = text.lastIndexOf(' ', cut);
    if (space > max * 2 / 3) {
      cut = space;
    }
    return text.substring(0, cut).stripTrailing() + "…";
  }
}
