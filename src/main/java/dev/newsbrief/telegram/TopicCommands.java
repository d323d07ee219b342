package dev.newsbrief.telegram;

import dev.newsbrief.feeds.InvalidTopicException;
import dev.newsbrief.feeds.TopicQuery;
import dev.newsbrief.store.ChatSettingsTable;
import dev.newsbrief.store.Feeds;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import dev.newsbrief.store.Subscriptions;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The topic commands: {@code /subscribe}, {@code /unsubscribe}, {@code /topics} (with a remove button per
 * topic), {@code /digest}, {@code /mute}, {@code /unmute} and {@code /timezone}. Every change checks that the
 * topic belongs to the chat asking, and in groups that an admin asks. Thread-safe.
 */
final class TopicCommands {
  /** Callback data of a topic's remove button: prefix + subscription id. */
  static final String REMOVE = "tp:rm:";
  /** Callback data of an alert's mute button: prefix + subscription id. */
  static final String MUTE = "tp:mute:";
  /** How long the alert's mute button mutes a topic. */
  static final Duration MUTE_BUTTON = Duration.ofHours(24);
  private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:：.]([0-5]\\d)");
  private static final Pattern SPAN = Pattern.compile("(\\d{1,4})\\s*(m|min|h|d|w)", Pattern.CASE_INSENSITIVE);
  private static final Pattern OFFSET = Pattern.compile("(?:UTC|GMT)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?",
      Pattern.CASE_INSENSITIVE);
  private static final Duration MAX_MUTE = Duration.ofDays(365);

  private final Subscriptions subscriptions;
  private final Feeds feeds;
  private final String searchTemplate;
  private final ChatSettingsTable settings;
  private final AlertDesk.LookBack lookBack;
  private final int maxTopics;
  private final Clock clock;

  /** @param searchTemplate a search feed URL with {@code {query}} added to the chat's feeds per topic, or empty */
  TopicCommands(Subscriptions subscriptions, Feeds feeds, String searchTemplate, ChatSettingsTable settings,
      AlertDesk.LookBack lookBack, int maxTopics, Clock clock) {
    this.subscriptions = subscriptions;
    this.feeds = feeds;
    this.searchTemplate = searchTemplate;
    this.settings = settings;
    this.lookBack = lookBack;
    this.maxTopics = maxTopics;
    this.clock = clock;
  }

  /** The reply to {@code /subscribe args}. */
  String subscribe(long chatId, String args, Texts t) {
    if (args.isBlank()) {
      return t.get("subscribe.how");
    }
    TopicQuery query;
    try {
      query = TopicQuery.parse(args);
    } catch (InvalidTopicException e) {
      String problem = t.get("topic." + e.problem().name().toLowerCase(Locale.ROOT), Html.escape(e.detail()));
      return t.get("subscribe.bad", problem);
    }
    Subscriptions.Added added = subscriptions.add(chatId, query.text(), query.canonical(), maxTopics);
    String topic = Html.escape(query.text());
    return switch (added.outcome()) {
      case ALREADY -> t.get("subscribe.already", topic);
      case LIMIT -> t.get("subscribe.limit", maxTopics);
      case ADDED -> {
        if (!searchTemplate.isEmpty()) {
          feeds.add(chatId, searchFeed(query.text()), "🔎 " + query.text());
        }
        int recent = lookBack.backfill(chatId, added.id(), AlertDesk.LOOK_BACK_STORIES);
        yield t.get("subscribe.added", topic) + (recent > 0 ? " " + t.get("subscribe.recent", recent) : "");
      }
    };
  }

  /** The reply to {@code /unsubscribe args}. */
  String unsubscribe(long chatId, String args, Texts t) {
    if (args.isBlank()) {
      return t.get("unsubscribe.how");
    }
    Optional<Subscriptions.Row> row = find(chatId, args);
    if (row.isEmpty()) {
      return t.get("unsubscribe.none", Html.escape(args.strip()));
    }
    subscriptions.remove(chatId, row.get().id());
    dropSearchFeed(chatId, row.get().query());
    return t.get("unsubscribe.done", Html.escape(row.get().query()));
  }

  /** The {@code /topics} list and its keyboard (null without topics). */
  View topics(long chatId, Texts t) {
    List<Subscriptions.Row> rows = subscriptions.list(chatId);
    if (rows.isEmpty()) {
      return new View(t.get("topics.none"), null);
    }
    ZoneId zone = subscriptions.timeZone(chatId);
    Instant now = clock.instant();
    StringBuilder text = new StringBuilder(t.get("topics.title")).append('\n');
    List<List<Keyboard.Button>> buttons = new ArrayList<>();
    for (Subscriptions.Row row : rows) {
      text.append("\n• <b>").append(Html.escape(row.query())).append("</b> — ").append(mode(row, zone, now, t));
      buttons.add(List.of(Keyboard.Button.callback("✖ " + shorten(row.query()), REMOVE + row.id())));
    }
    return new View(text.toString(), new Keyboard(buttons));
  }

  /** The reply to {@code /digest <topic> HH:MM|off}. */
  String digest(long chatId, String args, Texts t) {
    ZoneId zone = subscriptions.timeZone(chatId);
    String[] parts = splitLast(args);
    if (parts == null) {
      return t.get("digest.how", name(zone));
    }
    Optional<Subscriptions.Row> row = find(chatId, parts[0]);
    if (row.isEmpty()) {
      return t.get("unsubscribe.none", Html.escape(parts[0]));
    }
    String topic = Html.escape(row.get().query());
    if (parts[1].equalsIgnoreCase("off") || parts[1].equals("关") || parts[1].equalsIgnoreCase("выкл")) {
      subscriptions.setDigest(chatId, row.get().id(), null);
      return t.get("digest.off", topic);
    }
    Matcher time = TIME.matcher(parts[1]);
    if (!time.matches()) {
      return t.get("digest.how", name(zone));
    }
    int minute = Integer.parseInt(time.group(1)) * 60 + Integer.parseInt(time.group(2));
    subscriptions.setDigest(chatId, row.get().id(), minute);
    return t.get("digest.set", topic, clockTime(minute), name(zone));
  }

  /** The reply to {@code /mute <topic> <span>}, or to {@code /mute <span>}, which mutes every topic of the chat. */
  String mute(long chatId, String args, Texts t) {
    Matcher all = SPAN.matcher(args.strip());
    if (all.matches()) {
      return muteAll(chatId, muteEnd(all), t);
    }
    String[] parts = splitLast(args);
    Matcher span = parts == null ? null : SPAN.matcher(parts[1]);
    if (span == null || !span.matches()) {
      return t.get("mute.how");
    }
    Optional<Subscriptions.Row> row = find(chatId, parts[0]);
    if (row.isEmpty()) {
      return t.get("unsubscribe.none", Html.escape(parts[0]));
    }
    Instant until = muteEnd(span);
    subscriptions.mute(chatId, row.get().id(), until);
    return t.get("mute.set", Html.escape(row.get().query()), when(until, subscriptions.timeZone(chatId)));
  }

  /** When a mute of {@code span} ("8h") that starts now ends; a year at most. */
  private Instant muteEnd(Matcher span) {
    Duration length = span(Integer.parseInt(span.group(1)), span.group(2).toLowerCase(Locale.ROOT));
    return clock.instant().plus(length.compareTo(MAX_MUTE) > 0 ? MAX_MUTE : length);
  }

  private String muteAll(long chatId, Instant until, Texts t) {
    List<Subscriptions.Row> rows = subscriptions.list(chatId);
    if (rows.isEmpty()) {
      return t.get("topics.none");
    }
    for (Subscriptions.Row row : rows) {
      subscriptions.mute(chatId, row.id(), until);
    }
    return t.get("mute.all", when(until, subscriptions.timeZone(chatId)));
  }

  /** The reply to {@code /unmute <topic>}, or to a bare {@code /unmute}, which resumes every muted topic. */
  String unmute(long chatId, String args, Texts t) {
    if (args.isBlank()) {
      return unmuteAll(chatId, t);
    }
    Optional<Subscriptions.Row> row = find(chatId, args);
    if (row.isEmpty()) {
      return t.get("unsubscribe.none", Html.escape(args.strip()));
    }
    subscriptions.mute(chatId, row.get().id(), null);
    return t.get("mute.off", Html.escape(row.get().query()));
  }

  private String unmuteAll(long chatId, Texts t) {
    Instant now = clock.instant();
    boolean resumed = false;
    for (Subscriptions.Row row : subscriptions.list(chatId)) {
      if (row.mutedAt(now)) {
        subscriptions.mute(chatId, row.id(), null);
        resumed = true;
      }
    }
    return t.get(resumed ? "mute.allOff" : "mute.noneMuted");
  }

  /** The reply to {@code /timezone [zone]}. */
  String timeZone(long chatId, String args, Texts t) {
    if (args.isBlank()) {
      return t.get("timezone.how", name(subscriptions.timeZone(chatId)));
    }
    ZoneId zone = zone(args.strip());
    if (zone == null) {
      return t.get("timezone.bad", Html.escape(args.strip()));
    }
    settings.setTimeZone(chatId, zone.getId());
    return t.get("timezone.set", zone.getId());
  }

  /** A press on a topic's remove or an alert's mute button: the notice to show, or null when not ours. */
  String press(ButtonPress press, Texts t) {
    boolean remove = press.data().startsWith(REMOVE);
    long id;
    try {
      id = Long.parseLong(press.data().substring(remove ? REMOVE.length() : MUTE.length()));
    } catch (NumberFormatException e) {
      return t.get("button.inactive");
    }
    // The id comes from the client: it only counts for a topic of the chat the button is in.
    Optional<Subscriptions.Row> row = subscriptions.get(press.chatId(), id);
    if (row.isEmpty()) {
      return t.get("button.inactive");
    }
    if (remove) {
      subscriptions.remove(press.chatId(), id);
      dropSearchFeed(press.chatId(), row.get().query());
      return t.get("topics.removed", row.get().query());
    }
    subscriptions.mute(press.chatId(), id, clock.instant().plus(MUTE_BUTTON));
    return t.get("alert.muted", row.get().query());
  }

  static boolean handles(String data) {
    return data.startsWith(REMOVE) || data.startsWith(MUTE);
  }

  private String searchFeed(String topic) {
    return searchTemplate.replace("{query}", URLEncoder.encode(topic, StandardCharsets.UTF_8));
  }

  private void dropSearchFeed(long chatId, String topic) {
    if (searchTemplate.isEmpty()) {
      return;
    }
    String url = searchFeed(topic);
    feeds.forChat(chatId).stream().filter(f -> f.url().equals(url)).findFirst()
        .ifPresent(f -> feeds.remove(chatId, f.id()));
  }

  /** A message text with its keyboard. */
  record View(String html, Keyboard keyboard) {
  }

  /** The chat's topic as typed, or as its canonical form (so "NVIDIA" finds "nvidia"). */
  private Optional<Subscriptions.Row> find(long chatId, String typed) {
    String wanted = typed.strip();
    String canonical;
    try {
      canonical = TopicQuery.parse(wanted).canonical();
    } catch (IllegalArgumentException e) {
      canonical = null;
    }
    for (Subscriptions.Row row : subscriptions.list(chatId)) {
      if (row.query().equalsIgnoreCase(wanted) || row.canonical().equals(canonical)) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  private String mode(Subscriptions.Row row, ZoneId zone, Instant now, Texts t) {
    String mode = row.digestMinute() == null ? t.get("topics.instant") : t.get("topics.digest",
        clockTime(row.digestMinute()));
    return row.mutedAt(now) ? mode + t.get("topics.muted", when(row.mutedUntil(), zone)) : mode;
  }

  /** "topic words 08:00" → {"topic words", "08:00"}; null when there is no last word after a topic. */
  private static String[] splitLast(String args) {
    String s = args.strip();
    int space = s.lastIndexOf(' ');
    return space <= 0 ? null : new String[] {s.substring(0, space).strip(), s.substring(space + 1)};
  }

  private static Duration span(int n, String unit) {
    return switch (unit) {
      case "m", "min" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      case "d" -> Duration.ofDays(n);
      default -> Duration.ofDays(7L * n);
    };
  }

  static ZoneId zone(String text) {
    Matcher offset = OFFSET.matcher(text);
    if (offset.matches()) {
      int hours = Integer.parseInt(offset.group(2));
      int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
      if (hours > 14 || minutes > 59) {
        return null;
      }
      String sign = offset.group(1);
      return ZoneId.of(String.format(Locale.ROOT, "UTC%s%02d:%02d", sign, hours, minutes));
    }
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      // IANA ids are case-sensitive; let "europe/berlin" find "Europe/Berlin".
      return ZoneId.getAvailableZoneIds().stream().filter(id -> id.equalsIgnoreCase(text)).findFirst()
          .map(ZoneId::of).orElse(null);
    }
  }

  /** How a zone is named to users: "UTC", not the "Z" of {@link java.time.ZoneOffset#UTC}. */
  private static String name(ZoneId zone) {
    return zone.equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
  }

  private static String clockTime(int minuteOfDay) {
    return String.format(Locale.ROOT, "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
  }

  private static String when(Instant at, ZoneId zone) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone).format(at);
  }

  private static String shorten(String topic) {
    return topic.length() <= 40 ? topic : topic.substring(0, 39) + "…";
  }
}
