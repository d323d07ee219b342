package dev.newsbrief.telegram;

import dev.newsbrief.feeds.FeedProbe;
import dev.newsbrief.feeds.Opml;
import dev.newsbrief.store.Feeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The feed commands: {@code /feeds} (the chat's feeds and their state), {@code /addfeed} (checked through the
 * guarded fetcher: it must really be a feed), {@code /removefeed}, OPML export and import. Thread-safe.
 */
final class FeedCommands {
  /** An OPML file bigger than this is not read. */
  static final long MAX_OPML_BYTES = 1_000_000;
  private static final int MAX_URL = 2_000;

  private final Feeds feeds;
  private final FeedProbe probe;
  private final int maxFeeds;

  FeedCommands(Feeds feeds, FeedProbe probe, int maxFeeds) {
    this.feeds = feeds;
    this.probe = probe;
    this.maxFeeds = maxFeeds;
  }

  /** The {@code /feeds} list: built-in feeds counted, the chat's own listed with their state. */
  String list(long chatId, Texts t) {
    List<Feeds.Row> builtin = feeds.all().stream().filter(Feeds.Row::builtin).toList();
    StringBuilder out = new StringBuilder(t.get("feeds.title")).append('\n');
    if (!builtin.isEmpty()) {
      List<String> names = builtin.stream().limit(12).map(Feeds.Row::name).map(Html::escape).toList();
      out.append('\n').append(t.get("feeds.builtin", builtin.size(), String.join(", ", names))).append('\n');
    }
    List<Feeds.Row> own = feeds.forChat(chatId);
    if (own.isEmpty()) {
      return out.append('\n').append(t.get("feeds.none")).toString();
    }
    for (int i = 0; i < own.size(); i++) {
      Feeds.Row f = own.get(i);
      out.append('\n').append(i + 1).append(". <a href=\"").append(Html.escape(f.url())).append("\">")
          .append(Html.escape(f.name())).append("</a> — ").append(state(f, t));
    }
    return out.toString();
  }

  /** The reply to {@code /addfeed url}: fetches it once to check it is a feed before keeping it. */
  String add(long chatId, String args, Texts t) {
    String url = args.strip();
    if (url.isEmpty() || url.contains(" ") || url.length() > MAX_URL) {
      return t.get("addfeed.how");
    }
    if (noRoomFor(chatId, withScheme(url))) {
      return t.get("addfeed.limit", maxFeeds);
    }
    FeedProbe.Result r = probe.probe(withScheme(url));
    if (!r.ok()) {
      return t.get("addfeed.bad", Html.escape(r.problem()));
    }
    Feeds.Added added = feeds.add(chatId, r.url(), r.title());
    String name = Html.escape(r.title() == null || r.title().isBlank() ? r.url() : r.title());
    return added.added() ? t.get("addfeed.added", name, r.items()) : t.get("addfeed.already", name);
  }

  /** The reply to {@code /removefeed url-or-number}. */
  String remove(long chatId, String args, Texts t) {
    String wanted = args.strip();
    if (wanted.isEmpty()) {
      return t.get("removefeed.how");
    }
    List<Feeds.Row> own = feeds.forChat(chatId);
    Feeds.Row found = null;
    if (wanted.matches("\\d{1,4}")) {
      int n = Integer.parseInt(wanted);
      found = n >= 1 && n <= own.size() ? own.get(n - 1) : null;
    } else {
      for (Feeds.Row f : own) {
        if (f.url().equalsIgnoreCase(wanted) || f.url().equalsIgnoreCase(withScheme(wanted))
            || f.name().equalsIgnoreCase(wanted)) {
          found = f;
        }
      }
    }
    if (found == null || !feeds.remove(chatId, found.id())) {
      return t.get("removefeed.none");
    }
    return t.get("removefeed.done", Html.escape(found.name()));
  }

  /** The chat's feeds as an OPML file, or null when it has none. */
  byte[] export(long chatId) {
    List<Opml.Entry> entries = new ArrayList<>();
    for (Feeds.Row f : feeds.forChat(chatId)) {
      entries.add(new Opml.Entry(f.url(), f.title()));
    }
    return entries.isEmpty() ? null : Opml.write("newsbrief feeds", entries);
  }

  /** Adds every feed of an OPML file that checks out; the reply says what was added and what was not. */
  String importOpml(long chatId, byte[] file, Texts t) {
    List<Opml.Entry> entries;
    try {
      entries = Opml.read(file);
    } catch (IllegalArgumentException e) {
      return t.get("opml.bad", Html.escape(e.getMessage()));
    }
    if (entries.isEmpty()) {
      return t.get("opml.bad", "no feeds in it");
    }
    int added = 0;
    int already = 0;
    List<String> refused = new ArrayList<>();
    for (Opml.Entry e : entries) {
      if (noRoomFor(chatId, e.url())) {
        refused.add(e.url() + " (" + t.get("addfeed.limit", maxFeeds) + ")");
        break;
      }
      FeedProbe.Result r = probe.probe(e.url());
      if (!r.ok()) {
        refused.add(e.url() + " (" + r.problem() + ")");
        continue;
      }
      if (feeds.add(chatId, r.url(), r.title() == null || r.title().isBlank() ? e.title() : r.title()).added()) {
        added++;
      } else {
        already++;
      }
    }
    String notes = refused.isEmpty() ? "" : "\n" + Html.escape(String.join("\n", refused.subList(0,
        Math.min(10, refused.size()))));
    return t.get("opml.imported", added, already, refused.size()) + notes;
  }

  /**
   * Whether the chat has its most feeds and {@code url} is not one of them. A feed it follows already is not
   * refused: a command run again after a crash (see {@link SlowCommands}) says that it is followed, not that the
   * chat is full because the first run added it.
   */
  private boolean noRoomFor(long chatId, String url) {
    List<Feeds.Row> own = feeds.forChat(chatId);
    return own.size() >= maxFeeds && own.stream().noneMatch(f -> f.url().equals(url));
  }

  /** Whether a file name or type looks like an OPML list. */
  static boolean isOpml(String fileName, String mimeType) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    String mime = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT);
    return name.endsWith(".opml") || mime.contains("opml") || name.endsWith(".xml") && name.contains("opml");
  }

  private static String state(Feeds.Row f, Texts t) {
    if (f.stopped()) {
      return t.get("feeds.stopped", Html.escape(f.lastError() == null ? "" : f.lastError()));
    }
    if (f.failures() > 0) {
      return t.get("feeds.failing", Html.escape(f.lastError() == null ? "" : f.lastError()), f.failures());
    }
    return f.lastOkAt() == null ? t.get("feeds.new") : t.get("feeds.ok");
  }

  private static String withScheme(String url) {
    return url.contains("://") ? url : "https://" + url;
  }
}
