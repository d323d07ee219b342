package dev.newsbrief.telegram;

import dev.newsbrief.store.Stories;
import java.util.ArrayList;
import java.util.List;

/**
 * Topic alerts as Telegram HTML: the matched topic, the story's title, its key points and every source that
 * reported it; a daily digest lists stories with one key point each. Every scraped string is escaped.
 */
final class AlertRenderer {
  /** Sources named in one alert at most; more are counted. */
  private static final int MAX_SOURCES = 8;
  private static final int MAX_TITLE = 300;
  private static final int MAX_POINT = 600;
  /** Longer addresses are not linked: they would crowd out the text. */
  private static final int MAX_LINK = 1_000;
  /** Callback data of an alert's "More" button: prefix + story id. */
  static final String MORE = "al:more:";

  private AlertRenderer() {
  }

  /**
   * One story's alert, within Telegram's length limit; {@code alsoBy} names a source that joined after it was
   * first sent, or null.
   */
  static String alert(Stories.Story story, String topic, List<String> points, String alsoBy, Texts t) {
    String full = alert(story, topic, points, alsoBy, t, true);
    // Long source addresses are the first thing to go; the names stay.
    return full.length() <= BriefRenderer.MAX_LENGTH ? full : alert(story, topic, points, alsoBy, t, false);
  }

  private static String alert(Stories.Story story, String topic, List<String> points, String alsoBy, Texts t,
      boolean linkSources) {
    StringBuilder out = new StringBuilder();
    out.append("🔔 <i>").append(Html.escape(t.get("alert.matched", topic))).append("</i>\n");
    out.append(titleLine(story)).append('\n');
    for (String point : points) {
      out.append("\n• ").append(Html.escape(cap(point, MAX_POINT)));
    }
    String sources = sources(story.sources(), linkSources);
    if (!sources.isEmpty()) {
      out.append("\n\n").append(t.get("alert.sources", sources));
    }
    if (alsoBy != null) {
      out.append('\n').append(t.get("alert.also", Html.escape(alsoBy)));
    }
    return out.toString();
  }

  /** The alert's buttons: the full summary, and muting the topic that matched. */
  static Keyboard alertButtons(long storyId, Long subscriptionId, Texts t) {
    List<Keyboard.Button> row = new ArrayList<>();
    row.add(Keyboard.Button.callback(t.get("button.more"), MORE + storyId));
    if (subscriptionId != null) {
      row.add(Keyboard.Button.callback(t.get("button.mute"), TopicCommands.MUTE + subscriptionId));
    }
    return new Keyboard(List.of(row));
  }

  /** A daily digest of one topic: each story a title line and its first key point, in the order found. */
  static String digest(String topic, List<Stories.Story> stories, List<String> firstPoints, Texts t) {
    StringBuilder out = new StringBuilder("📰 ").append(t.get("digest.title", Html.escape(topic), stories.size()));
    for (int i = 0; i < stories.size(); i++) {
      out.append("\n\n").append(titleLine(stories.get(i)));
      String point = firstPoints.get(i);
      if (point != null && !point.isBlank()) {
        out.append('\n').append(Html.escape(cap(point, MAX_POINT)));
      }
      String sources = sources(stories.get(i).sources(), true);
      if (!sources.isEmpty()) {
        out.append("\n<i>").append(sources).append("</i>");
      }
    }
    return out.toString();
  }

  /** A feed the chat added keeps failing. */
  static String notice(String feedName, String cause, Texts t) {
    return t.get("notice.failing", Html.escape(feedName), Html.escape(cause));
  }

  private static String titleLine(Stories.Story story) {
    String bold = "<b>" + Html.escape(cap(story.title(), MAX_TITLE)) + "</b>";
    return story.link() == null || story.link().length() > MAX_LINK ? bold
        : "<a href=\"" + Html.escape(story.link()) + "\">" + bold + "</a>";
  }

  private static String sources(List<Stories.Source> sources, boolean linked) {
    List<String> names = new ArrayList<>();
    for (Stories.Source s : sources.subList(0, Math.min(MAX_SOURCES, sources.size()))) {
      String name = Html.escape(cap(s.name() == null || s.name().isBlank() ? host(s.link()) : s.name(), 80));
      names.add(!linked || s.link() == null || s.link().length() > MAX_LINK ? name
          : "<a href=\"" + Html.escape(s.link()) + "\">" + name + "</a>");
    }
    if (sources.size() > MAX_SOURCES) {
      names.add("+" + (sources.size() - MAX_SOURCES));
    }
    return String.join(" · ", names);
  }

  private static String cap(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static String host(String link) {
    if (link == null) {
      return "?";
    }
    try {
      String host = java.net.URI.create(link).getHost();
      return host == null ? link : host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return link;
    }
  }
}
