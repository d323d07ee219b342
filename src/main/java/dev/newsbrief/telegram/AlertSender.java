package dev.newsbrief.telegram;

import dev.newsbrief.digest.Brief;
import dev.newsbrief.digest.BriefService;
import dev.newsbrief.store.AlertOutbox;
import dev.newsbrief.store.Alerts;
import dev.newsbrief.store.ChatSettingsTable;
import dev.newsbrief.store.Feeds;
import dev.newsbrief.store.InactiveChats;
import dev.newsbrief.store.Stories;
import dev.newsbrief.store.Subscriptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the alert outbox holds: alerts, "also reported by" edits, feed notices and, at their time, daily
 * digests. A row is deleted only after Telegram accepted its message, so a crash costs at most one duplicate
 * and loses nothing. Per chat, rows go out in the order they were queued; a row that fails holds back its
 * chat's later rows and is retried with growing pauses. Runs on one thread.
 */
final class AlertSender {
  private static final Logger log = LoggerFactory.getLogger(AlertSender.class);
  /** Key points in an alert. */
  static final int ALERT_POINTS = 3;
  /** Rows read per pass. */
  private static final int BATCH = 200;
  /** A row failing this often is given up (logged): the message itself must be at fault. */
  static final int MAX_ATTEMPTS = 30;
  private static final Duration MAX_PAUSE = Duration.ofMinutes(15);

  private final AlertOutbox outbox;
  private final Stories stories;
  private final Alerts alerts;
  private final Subscriptions subscriptions;
  private final Feeds feeds;
  private final InactiveChats inactive;
  private final ChatSettingsTable settings;
  private final BriefService briefs;
  private final Outbox telegram;
  private final Executor readers;
  private final Clock clock;
  private final Map<Long, Instant> notBefore = new ConcurrentHashMap<>();

  /** @param readers fetches and summarizes the stories of one pass in parallel */
  AlertSender(AlertOutbox outbox, Stories stories, Alerts alerts, Subscriptions subscriptions, Feeds feeds,
      InactiveChats inactive, ChatSettingsTable settings, BriefService briefs, Outbox telegram, Executor readers,
      Clock clock) {
    this.outbox = outbox;
    this.stories = stories;
    this.alerts = alerts;
    this.subscriptions = subscriptions;
    this.feeds = feeds;
    this.inactive = inactive;
    this.settings = settings;
    this.briefs = briefs;
    this.telegram = telegram;
    this.readers = readers;
    this.clock = clock;
  }

  /** Sends every row due now; returns how many messages went out. */
  int sendDue() {
    Instant now = clock.instant();
    Map<Long, List<AlertOutbox.Entry>> byChat = new LinkedHashMap<>();
    for (AlertOutbox.Entry e : outbox.due(now, BATCH)) {
      byChat.computeIfAbsent(e.chatId(), k -> new ArrayList<>()).add(e);
    }
    Map<Long, CompletableFuture<List<String>>> points = readAhead(byChat.values());
    List<ChatTurn> turns = new ArrayList<>();
    for (Map.Entry<Long, List<AlertOutbox.Entry>> chat : byChat.entrySet()) {
      if (inactive.isInactive(chat.getKey())) {
        chat.getValue().forEach(e -> outbox.drop(e.id())); // the chat blocked the bot or is gone: nobody to tell
      } else {
        turns.add(new ChatTurn(chat.getKey(), chat.getValue(), texts(chat.getKey(), chat.getValue().get(0).topic())));
      }
    }
    // Chats take turns, one message each: a chat's own pace (about one a second) then holds up only itself.
    int sent = 0;
    boolean more = true;
    while (more) {
      more = false;
      for (ChatTurn turn : turns) {
        if (turn.hasNext()) {
          sent += turn.sendNext(points, now) ? 1 : 0;
          more = true;
        }
      }
    }
    return sent;
  }

  /** Runs {@link #sendDue()} every {@code every} on {@code timer} until it is shut down. */
  void start(ScheduledExecutorService timer, Duration every) {
    timer.scheduleWithFixedDelay(() -> {
      try {
        sendDue();
      } catch (RuntimeException e) {
        log.warn("sending alerts failed; retrying", e);
      }
    }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One chat's due rows, sent in order: instant ones first, then its digests, each digest one message. */
  private final class ChatTurn {
    private final long chatId;
    private final Texts texts;
    /** One message to send: a single row, or a digest's rows. */
    private record Message(List<AlertOutbox.Entry> rows, boolean digest) {
    }

    private final List<Message> messages = new ArrayList<>();
    private int next;
    private boolean held;

    ChatTurn(long chatId, List<AlertOutbox.Entry> entries, Texts texts) {
      this.chatId = chatId;
      this.texts = texts;
      Map<Long, List<AlertOutbox.Entry>> digests = new LinkedHashMap<>();
      for (AlertOutbox.Entry e : entries) {
        if (e.kind() == AlertOutbox.Kind.ALERT && e.dueAt() != null && e.subscriptionId() != null) {
          digests.computeIfAbsent(e.subscriptionId(), k -> new ArrayList<>()).add(e);
        } else {
          messages.add(new Message(List.of(e), false));
        }
      }
      digests.values().forEach(rows -> messages.add(new Message(rows, true)));
    }

    boolean hasNext() {
      return !held && next < messages.size();
    }

    /** Sends the chat's next message; false when nothing went out (the chat is then held until later). */
    boolean sendNext(Map<Long, CompletableFuture<List<String>>> points, Instant now) {
      Message message = messages.get(next++);
      AlertOutbox.Entry e = message.rows().get(0);
      Instant wait = notBefore.get(e.id());
      if (wait != null && wait.isAfter(now)) {
        held = true; // an earlier failure holds the chat: later rows must not overtake it
        return false;
      }
      boolean ok = message.digest() ? sendDigest(message.rows(), points, texts) : switch (e.kind()) {
            case ALERT -> sendAlert(e, points, texts);
            case ALSO -> editAlso(e, points, texts);
            case NOTICE -> sendNotice(e, texts);
          };
      if (!ok) {
        failed(e, chatId, now);
        held = true;
      }
      return ok;
    }
  }

  private boolean sendAlert(AlertOutbox.Entry e, Map<Long, CompletableFuture<List<String>>> points, Texts t) {
    Optional<Stories.Story> story = stories.get(e.storyId());
    if (story.isEmpty()) {
      outbox.drop(e.id()); // pruned after a long outage: nothing left to show
      return true;
    }
    String html = AlertRenderer.alert(story.get(), e.topic(), pointsOf(points, e.storyId()), null, t);
    Integer id = telegram.send(e.chatId(), null, null, html, null,
        AlertRenderer.alertButtons(e.storyId(), e.subscriptionId(), t));
    if (id != null) {
      outbox.sent(e.id(), e.chatId(), e.storyId(), id);
      catchUpSources(e, story.get(), id, points, t);
    }
    return id != null;
  }

  /**
   * A source that joined while the alert was on its way found no message id to edit, so the poller queued no
   * "also" row for it: the alert is edited here instead. (One that joins after the id is recorded gets its row;
   * an edit with the same text twice is harmless.)
   */
  private void catchUpSources(AlertOutbox.Entry e, Stories.Story shown, int messageId,
      Map<Long, CompletableFuture<List<String>>> points, Texts t) {
    Stories.Story now = stories.get(e.storyId()).orElse(null);
    if (now == null || now.sources().size() <= shown.sources().size()) {
      return;
    }
    String newest = now.sources().get(now.sources().size() - 1).name();
    telegram.edit(e.chatId(), messageId, AlertRenderer.alert(now, e.topic(), pointsOf(points, e.storyId()), newest, t),
        null, AlertRenderer.alertButtons(e.storyId(), e.subscriptionId(), t));
  }

  /** A new source joined a story already sent: the alert is edited once to name it. */
  private boolean editAlso(AlertOutbox.Entry e, Map<Long, CompletableFuture<List<String>>> points, Texts t) {
    Optional<Alerts.Alert> alert = alerts.get(e.chatId(), e.storyId());
    Optional<Stories.Story> story = stories.get(e.storyId());
    if (alert.isEmpty() || alert.get().messageId() == null || story.isEmpty()) {
      outbox.drop(e.id()); // the alert itself never went out (digest, mute): no message to edit
      return true;
    }
    String topic = alert.get().subscriptionId() == null ? "" : subscriptions.get(e.chatId(),
        alert.get().subscriptionId()).map(Subscriptions.Row::query).orElse("");
    String html = AlertRenderer.alert(story.get(), topic, pointsOf(points, e.storyId()), e.detail(), t);
    // A message too old or deleted cannot be edited; the edit is a courtesy, so that is not a failure.
    telegram.edit(e.chatId(), alert.get().messageId(), html, null,
        AlertRenderer.alertButtons(e.storyId(), alert.get().subscriptionId(), t));
    outbox.sent(e.id(), e.chatId(), e.storyId(), null);
    return true;
  }

  private boolean sendNotice(AlertOutbox.Entry e, Texts t) {
    String name = e.feedId() == null ? "?" : feeds.get(e.feedId())
        .map(f -> f.title() != null && !f.title().isBlank() ? f.title() : f.url()).orElse("?");
    Integer id = telegram.send(e.chatId(), null, null, AlertRenderer.notice(name, e.detail(), t), null);
    if (id != null) {
      outbox.sent(e.id(), e.chatId(), null, null);
    }
    return id != null;
  }

  private boolean sendDigest(List<AlertOutbox.Entry> rows, Map<Long, CompletableFuture<List<String>>> points,
      Texts t) {
    List<Stories.Story> shown = new ArrayList<>();
    List<String> firstPoints = new ArrayList<>();
    for (AlertOutbox.Entry e : rows) {
      stories.get(e.storyId()).ifPresent(s -> {
        shown.add(s);
        List<String> p = pointsOf(points, s.id());
        firstPoints.add(p.isEmpty() ? null : p.get(0));
      });
    }
    long chatId = rows.get(0).chatId();
    Integer first = null;
    if (!shown.isEmpty()) {
      for (String part : MessageSplitter.split(AlertRenderer.digest(rows.get(0).topic(), shown, firstPoints, t),
          BriefRenderer.MAX_LENGTH)) {
        Integer id = telegram.send(chatId, null, null, part, null);
        if (id == null) {
          return false;
        }
        first = first == null ? id : first;
      }
    }
    for (AlertOutbox.Entry e : rows) {
      outbox.sent(e.id(), chatId, e.storyId(), first);
    }
    return true;
  }

  private void failed(AlertOutbox.Entry e, long chatId, Instant now) {
    if (inactive.isInactive(chatId)) {
      outbox.drop(e.id());
      notBefore.remove(e.id());
      return;
    }
    outbox.attempt(e.id());
    int attempts = e.attempts() + 1;
    if (attempts >= MAX_ATTEMPTS) {
      log.error("giving up alert outbox row {} for chat {} after {} attempts", e.id(), chatId, attempts);
      outbox.drop(e.id());
      notBefore.remove(e.id());
      return;
    }
    Duration pause = Duration.ofSeconds(5L << Math.min(attempts, 10));
    notBefore.put(e.id(), now.plus(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause));
  }

  /** Starts reading every story of this pass at once: pages are fetched in parallel, each once. */
  private Map<Long, CompletableFuture<List<String>>> readAhead(Iterable<List<AlertOutbox.Entry>> chats) {
    Map<Long, CompletableFuture<List<String>>> points = new LinkedHashMap<>();
    for (List<AlertOutbox.Entry> entries : chats) {
      for (AlertOutbox.Entry e : entries) {
        if (e.storyId() != null && e.kind() != AlertOutbox.Kind.NOTICE) {
          points.computeIfAbsent(e.storyId(), id -> CompletableFuture.supplyAsync(() -> keyPoints(id), readers));
        }
      }
    }
    return points;
  }

  private static List<String> pointsOf(Map<Long, CompletableFuture<List<String>>> points, long storyId) {
    CompletableFuture<List<String>> p = points.get(storyId);
    return p == null ? List.of() : p.join();
  }

  /** The story's key points from its page, else from the feed's own description, else none. */
  private List<String> keyPoints(long storyId) {
    Stories.Story story = stories.get(storyId).orElse(null);
    if (story == null) {
      return List.of();
    }
    if (story.link() != null) {
      try {
        Brief brief = briefs.brief(story.link(), ALERT_POINTS);
        if (!brief.keyPoints().isEmpty()) {
          return brief.keyPoints();
        }
      } catch (Exception e) { // any failure to read the page falls back to what the feed said
        log.debug("story {}: page unreadable ({}), using the feed's description", storyId, e.getMessage());
      }
    }
    if (story.summary() == null || story.summary().isBlank()) {
      return List.of();
    }
    return briefs.briefOfText(story.summary(), 2).keyPoints();
  }

  /** The chat's interface language; without one, the script of the topic tells ("天然气" reads Chinese). */
  private Texts texts(long chatId, String topic) {
    String chosen = settings.get(chatId).language();
    if (chosen != null) {
      return Texts.of(chosen);
    }
    if (topic != null && topic.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      return Texts.of("zh");
    }
    if (topic != null && topic.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
      return Texts.of("ru");
    }
    return Texts.of("en");
  }
}
