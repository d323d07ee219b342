package dev.newsbrief.telegram;

import dev.newsbrief.digest.BriefService;
import dev.newsbrief.extract.TextStats;
import dev.newsbrief.store.ChatSettings;
import dev.newsbrief.store.ChatSettingsTable;
import dev.newsbrief.store.HandledMessages;
import dev.newsbrief.store.InactiveChats;
import dev.newsbrief.store.PendingLinks;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the bot says to each message and button press: commands, links to summarize, settings, hints. Knows no
 * Telegram types, so the console drives it too. Thread-safe.
 *
 * <p>A message is claimed in the database before it is answered, so an update Telegram delivers again after
 * a restart is not answered twice. Its short replies go through {@link DurableReplies}, so one Telegram cannot
 * take now is sent later instead of lost.
 */
public final class Conversation {
  /** A forwarded post without a link is summarized itself when it is at least this long. */
  static final int MIN_FORWARDED_WORDS = 80;
  /** Skipped links named in the reply at most, and characters shown of each. */
  static final int SKIPPED_SHOWN = 3;
  static final int SKIPPED_CHARS = 100;
  private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?:\\s+(.*))?$",
      Pattern.DOTALL);

  private final Outbox outbox;
  private final LinkQueue work;
  /** Pending jobs queued or running now, so a resumed job is never queued twice. */
  private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
  private final LinkSummarizer summarizer;
  private final ChatSettingsTable settings;
  private final HandledMessages handled;
  private final InactiveChats inactive;
  private final PendingLinks pending;
  private final BriefButtons briefButtons;
  private final ChatRules rules;
  private final UserQuota quota;
  /** Commands one user may send in a minute: their replies share the chat's send throttle with everything else. */
  static final int COMMANDS_PER_MINUTE = 30;
  private final UserQuota commandQuota;
  private final BotStats stats;
  private final TopicCommands topics;
  private final dev.newsbrief.store.Subscriptions subscriptions;
  private final FeedCommands feedCommands;
  private final SlowCommands slowCommands;
  private final DurableReplies replies;
  private final dev.newsbrief.store.Alerts alerts;
  private final dev.newsbrief.store.Stories stories;
  private final CommandRegistry commands = new CommandRegistry();
  private volatile String botUsername;

  /**
   * @param links       runs the slow work (a link's fetch and summary, a feed check) per chat in turn
   * @param timer       renews the typing action; null for none
   * @param nanoTime    the clock for per-user quotas
   */
  Conversation(BriefService briefs, Outbox outbox, LinkQueue links, ScheduledExecutorService timer,
      ChatMemory memory, ChatRules rules, BotStats stats, LongSupplier nanoTime, AlertDesk desk) {
    this.outbox = outbox;
    this.work = links;
    this.briefButtons = new BriefButtons(briefs, memory.briefs(), outbox);
    this.summarizer = new LinkSummarizer(briefs, outbox, timer, briefButtons, stats, memory.pending(),
        memory.inactive());
    this.pending = memory.pending();
    this.settings = memory.settings();
    this.handled = memory.handled();
    this.inactive = memory.inactive();
    this.rules = rules;
    this.quota = new UserQuota(rules.perUserPerMinute(), nanoTime);
    this.commandQuota = new UserQuota(COMMANDS_PER_MINUTE, nanoTime);
    this.stats = stats;
    this.topics = new TopicCommands(memory.subscriptions(), memory.feeds(), desk.searchTemplate(), memory.settings(),
        desk.lookBack(), desk.maxTopics(), desk.clock());
    this.feedCommands = new FeedCommands(memory.feeds(), desk.probe(), desk.maxFeeds());
    this.replies = new DurableReplies(outbox, memory.unsentReplies(), desk.clock());
    this.slowCommands = new SlowCommands(feedCommands, outbox, replies, memory.pending());
    this.alerts = memory.alerts();
    this.subscriptions = memory.subscriptions();
    this.stories = memory.stories();
    commands.add("sum", "cmd.sum", this::sum)
        .add("subscribe", "cmd.subscribe", change(topics::subscribe))
        .add("unsubscribe", "cmd.unsubscribe", change(topics::unsubscribe))
        .add("topics", "cmd.topics", (m, a) -> showTopics(m))
        .add("digest", "cmd.digest", change(topics::digest))
        .add("mute", "cmd.mute", change(topics::mute))
        .add("unmute", "cmd.unmute", change(topics::unmute))
        .add("timezone", "cmd.timezone", change(topics::timeZone))
        .add("feeds", "cmd.feeds", (m, a) -> reply(m, feedCommands.list(m.chatId(), texts(m))))
        .add("addfeed", "cmd.addfeed", slowChange(PendingLinks.Kind.ADD_FEED))
        .add("removefeed", "cmd.removefeed", change(feedCommands::remove))
        .add("export", "cmd.export", (m, a) -> export(m))
        .add("settings", "cmd.settings", (m, a) -> showSettings(m))
        .add("lang", "cmd.lang", this::language)
        .add("help", "cmd.help", (m, a) -> help(m))
        .add("start", "cmd.start", this::start)
        .add("stats", null, (m, a) -> stats(m));
  }

  /** A command of the topic or feed desk that changes the chat: (chat, args, texts) → reply. */
  @FunctionalInterface
  interface ChatChange {
    String apply(long chatId, String args, Texts t);
  }

  /** In groups only admins change topics and feeds; everyone may look. */
  private java.util.function.BiConsumer<Incoming, String> change(ChatChange change) {
    return (m, args) -> {
      if (refusedChange(m, args)) {
        return;
      }
      reply(m, change.apply(m.chatId(), args, texts(m)));
    };
  }

  /** True (and the user told why) when a non-admin tries to change a group's topics or feeds. */
  private boolean refusedChange(Incoming m, String args) {
    if (args.isBlank() || mayChangeSettings(m)) {
      return false;
    }
    reply(m, texts(m).get("topics.admins"));
    return true;
  }

  /**
   * As {@link #change}, for commands that fetch: they run on the link workers, not in the polling thread, and are
   * stored first (see {@link SlowCommands}).
   */
  private java.util.function.BiConsumer<Incoming, String> slowChange(PendingLinks.Kind kind) {
    return (m, args) -> {
      if (refusedChange(m, args)) {
        return;
      }
      queueCommand(m, kind, args);
    };
  }

  /**
   * Stores a slow command before its message counts as done, so a crash from here on is resumed, not lost; then
   * queues it. A full queue keeps nothing and asks the user to send it again.
   */
  private void queueCommand(Incoming m, PendingLinks.Kind kind, String argument) {
    Texts t = texts(m);
    PendingLinks.Job job = pending.add(PendingLinks.Job.command(kind, m.chatId(), m.messageId(), m.threadId(),
        argument, t.language()));
    if (job == null) {
      return; // stored by a run that died before finishing this message: resumed, not again here
    }
    if (!submit(job)) {
      pending.done(job.id());
      reply(m, t.get("busy"));
    }
  }

  /** A conversation that answers in the calling thread, for the console: no typing action, no queue. */
  public static Conversation direct(BriefService briefs, Outbox outbox, ChatMemory memory, ChatRules rules,
      AlertDesk desk) {
    return new Conversation(briefs, outbox, new LinkQueue(Runnable::run, Integer.MAX_VALUE), null, memory, rules,
        new BotStats(System::nanoTime, briefs::cacheHitRate, () -> 0), System::nanoTime, desk);
  }

  /** The bot's own @username (without @), so commands addressed to other bots are left alone. */
  public void setBotUsername(String username) {
    this.botUsername = username;
  }

  public CommandRegistry commands() {
    return commands;
  }

  /** Answers one message, once: a message seen before is left alone. */
  public void handle(Incoming m) {
    if (!m.links().isEmpty() && quota.toldToWait(m.userId())) {
      // A flood of links from a user already told to wait costs nothing, not even a write: such a message is
      // not answered, so reading it again after a restart could not answer it twice.
      return;
    }
    if (m.text().startsWith("/") && m.userId() != 0 && commandQuota.toldToWait(m.userId())) {
      return; // a command flood past the notice costs nothing, as a link flood does
    }
    if (!handled.claim(m.chatId(), m.messageId())) {
      return;
    }
    try {
      answer(m);
    } finally {
      // Marked done once its effects are stored; a process killed before this line handles it again.
      handled.done(m.chatId(), m.messageId());
    }
  }

  private void answer(Incoming m) {
    if (inactive.isInactive(m.chatId())) {
      inactive.reactivate(m.chatId()); // whoever writes can be answered again, e.g. after unblocking the bot
    }
    if (!rules.allows(m.userId(), m.chatId())) {
      if (m.privateChat()) {
        reply(m, texts(m).get("private.bot"));
      }
      return;
    }
    Matcher command = COMMAND.matcher(m.text().strip());
    if (m.document() != null && FeedCommands.isOpml(m.document().fileName(), m.document().mimeType())) {
      importOpml(m);
    } else if (command.matches()) {
      Duration wait = m.userId() == 0 ? Duration.ZERO : commandQuota.take(m.userId());
      if (wait.isZero()) {
        handleCommand(m, command.group(1), command.group(2), command.group(3));
      } else if (commandQuota.tellOnce(m.userId(), wait)) {
        reply(m, texts(m).get("commands.quota", Math.max(1, (wait.toMillis() + 999) / 1000)));
      }
    } else if (m.privateChat() && m.links().isEmpty() && m.forwardedFrom() != null
        && TextStats.wordCount(m.text()) >= MIN_FORWARDED_WORDS) {
      reply(m, summarizer.summarizeText(m, settings.get(m.chatId()), texts(m)));
    } else if (m.privateChat()) {
      summarizeAll(m, m.links(), m.forwardedFrom());
    } else if (!m.links().isEmpty() && (settings.get(m.chatId()).summarizeAll() || isReplyToMe(m))) {
      summarizeAll(m, m.links(), m.forwardedFrom());
    }
    // Otherwise, in groups only commands and replies to the bot are answered: a busy group must not get a
    // summary for every link.
  }

  /** Answers a press on one of the bot's buttons; every press is answered, known or not. */
  public void handle(ButtonPress press) {
    ChatSettings current = settings.get(press.chatId());
    Texts t = Texts.of(current.language() != null ? current.language() : press.userLanguage());
    if (BriefButtons.handles(press.data())) {
      briefButtons.press(press, t, current.linkPreview());
      return;
    }
    if (press.data().startsWith(AlertRenderer.MORE)) {
      moreOfAlert(press, t, current);
      return;
    }
    if (TopicCommands.handles(press.data())) {
      if (!press.privateChat() && !outbox.isAdmin(press.chatId(), press.userId())) {
        outbox.answerCallback(press.id(), t.get("topics.admins"));
        return;
      }
      outbox.answerCallback(press.id(), topics.press(press, t));
      if (press.data().startsWith(TopicCommands.REMOVE)) {
        TopicCommands.View view = topics.topics(press.chatId(), t);
        outbox.edit(press.chatId(), press.messageId(), view.html(), null, view.keyboard());
      }
      return;
    }
    ChatSettings changed = LanguageView.handles(press.data()) ? LanguageView.apply(current, press.data())
        : SettingsView.apply(current, press.data());
    if (changed == null) {
      outbox.answerCallback(press.id(), t.get("button.inactive"));
      return;
    }
    if (!press.privateChat() && !outbox.isAdmin(press.chatId(), press.userId())) {
      outbox.answerCallback(press.id(), t.get("admins.only"));
      return;
    }
    settings.put(changed);
    Texts now = Texts.of(changed.language() != null ? changed.language() : press.userLanguage());
    outbox.answerCallback(press.id(), now.get("saved"));
    if (LanguageView.handles(press.data())) {
      outbox.edit(press.chatId(), press.messageId(), now.get("lang.set"), null, null);
    } else {
      outbox.edit(press.chatId(), press.messageId(), SettingsView.text(now, changed, press.privateChat()), null,
          SettingsView.keyboard(now, changed, press.privateChat()));
    }
  }

  /** "More" under an alert: the story's full summary, as if its link had been sent here. */
  private void moreOfAlert(ButtonPress press, Texts t, ChatSettings chat) {
    long storyId;
    try {
      storyId = Long.parseLong(press.data().substring(AlertRenderer.MORE.length()));
    } catch (NumberFormatException e) {
      outbox.answerCallback(press.id(), t.get("button.inactive"));
      return;
    }
    // The story id comes from the client: only a story alerted to this very chat counts.
    String link = alerts.get(press.chatId(), storyId).isEmpty() ? null
        : stories.get(storyId).map(dev.newsbrief.store.Stories.Story::link).orElse(null);
    if (link == null) {
      outbox.answerCallback(press.id(), t.get("alert.gone"));
      return;
    }
    PendingLinks.Job job = pending.add(new PendingLinks.Job(0, press.chatId(), press.messageId(), null, link, null,
        chat.points(), chat.linkPreview(), t.language(), null));
    if (job == null) {
      outbox.answerCallback(press.id(), null); // pressed again while the summary is on its way
      return;
    }
    if (!submit(job)) {
      pending.done(job.id());
      outbox.answerCallback(press.id(), t.get("busy"));
      return;
    }
    outbox.answerCallback(press.id(), null);
  }

  private void showTopics(Incoming m) {
    TopicCommands.View view = topics.topics(m.chatId(), texts(m));
    reply(m, view.html(), view.keyboard());
  }

  private void export(Incoming m) {
    byte[] opml = feedCommands.export(m.chatId());
    if (opml == null) {
      reply(m, texts(m).get("opml.empty"));
    } else if (!outbox.sendFile(m.chatId(), m.threadId(), "newsbrief-feeds.opml", opml, null)) {
      reply(m, texts(m).get("error.generic"));
    }
  }

  private void importOpml(Incoming m) {
    Texts t = texts(m);
    if (!mayChangeSettings(m)) {
      reply(m, t.get("topics.admins"));
      return;
    }
    if (m.document().size() > FeedCommands.MAX_OPML_BYTES) {
      reply(m, t.get("opml.tooBig"));
      return;
    }
    queueCommand(m, PendingLinks.Kind.IMPORT_OPML, m.document().fileId());
  }

  /**
   * Queues every stored link and slow command that is not queued or running: those accepted before a restart,
   * and links whose reply Telegram did not take the last time. Called at the start and then now and again;
   * returns how many.
   */
  public int resumePending() {
    int queued = 0;
    for (PendingLinks.Job job : pending.all()) {
      if (inFlight.contains(job.id())) {
        continue;
      }
      if (!submit(job)) {
        break; // the queue is full: the rest stay stored for the next round
      }
      queued++;
    }
    return queued;
  }

  /**
   * Sends the short replies Telegram did not take when they were given (it was down longer than the outbox's
   * retries), in order per chat. Called at the start and then now and again; returns how many went out.
   */
  public int resendReplies() {
    return replies.resend();
  }

  /** Queues a stored job unless it is queued or running already; false when the queue is full. */
  private boolean submit(PendingLinks.Job job) {
    if (!inFlight.add(job.id())) {
      return true;
    }
    boolean queued = work.offer(job.chatId(), () -> {
      try {
        if (job.kind() == PendingLinks.Kind.SUMMARY) {
          summarizer.summarize(job);
        } else {
          slowCommands.run(job);
        }
      } finally {
        inFlight.remove(job.id());
      }
    });
    if (!queued) {
      inFlight.remove(job.id());
    }
    return queued;
  }

  /**
   * A group became a supergroup: its settings, topics, feeds, queued alerts, waiting links and unsent replies
   * follow the new chat id.
   */
  public void chatMigrated(long oldChatId, long newChatId) {
    settings.moveChat(oldChatId, newChatId);
    subscriptions.moveChat(oldChatId, newChatId);
    pending.moveChat(oldChatId, newChatId);
    replies.moveChat(oldChatId, newChatId);
  }

  /**
   * In a private chat anyone; in a group its admins; and the chat itself, which is how channel posts and
   * anonymous group admins speak (only admins can post as the chat).
   */
  private boolean mayChangeSettings(Incoming m) {
    return m.privateChat() || m.userId() == m.chatId() || outbox.isAdmin(m.chatId(), m.userId());
  }

  private boolean isReplyToMe(Incoming m) {
    return m.repliedTo() != null && m.repliedTo().equalsIgnoreCase(botUsername);
  }

  private void handleCommand(Incoming m, String name, String addressee, String args) {
    if (addressee != null && botUsername != null && !addressee.equalsIgnoreCase(botUsername)) {
      return;
    }
    CommandRegistry.Command c = commands.find(name);
    if (c != null) {
      c.handler().accept(m, args == null ? "" : args.strip());
    } else if (m.privateChat() || addressee != null) {
      reply(m, texts(m).get("unknown.command", Html.escape(name.toLowerCase(Locale.ROOT))));
    }
  }

  private void sum(Incoming m, String args) {
    List<String> links = !m.links().isEmpty() ? m.links() : m.replyLinks();
    if (links.isEmpty()) {
      reply(m, texts(m).get("sum.how"));
      return;
    }
    summarizeAll(m, links, m.links().isEmpty() ? null : m.forwardedFrom());
  }

  private void showSettings(Incoming m) {
    ChatSettings s = settings.get(m.chatId());
    Texts t = texts(m);
    reply(m, SettingsView.text(t, s, m.privateChat()), SettingsView.keyboard(t, s, m.privateChat()));
  }

  private void language(Incoming m, String args) {
    ChatSettings s = settings.get(m.chatId());
    if (args.isEmpty()) {
      reply(m, texts(m).get("lang.choose"), LanguageView.keyboard(texts(m), s));
      return;
    }
    ChatSettings changed = LanguageView.apply(s, LanguageView.PREFIX + args.strip().toLowerCase(Locale.ROOT));
    if (changed == null) {
      reply(m, texts(m).get("lang.unknown"));
    } else if (!mayChangeSettings(m)) {
      reply(m, texts(m).get("admins.only"));
    } else {
      settings.put(changed);
      reply(m, texts(m).get("lang.set"));
    }
  }

  /** The interface language for a message: the chat's choice, else the sender's app language, else English. */
  private Texts texts(Incoming m) {
    String chosen = settings.get(m.chatId()).language();
    return Texts.of(chosen != null ? chosen : m.userLanguage());
  }

  private void start(Incoming m, String payload) {
    String link = DeepLink.decode(payload);
    if (link != null) {
      summarizeAll(m, List.of(link), null);
      return;
    }
    reply(m, texts(m).get("start") + "\n\n" + commands.helpText(texts(m)));
  }

  private void help(Incoming m) {
    reply(m, texts(m).get("help", rules.maxLinks()) + "\n\n" + commands.helpText(texts(m)));
  }

  private void summarizeAll(Incoming m, List<String> links, String forwardedFrom) {
    if (links.isEmpty()) {
      reply(m, texts(m).get("no.link"));
      return;
    }
    ChatSettings chat = settings.get(m.chatId());
    Texts t = texts(m);
    int maxLinks = rules.maxLinks();
    for (String link : links.subList(0, Math.min(maxLinks, links.size()))) {
      Duration wait = quota.take(m.userId());
      if (!wait.isZero()) {
        // Told once per wait: a flood past the limit must not be answered message by message.
        if (quota.tellOnce(m.userId(), wait)) {
          reply(m, t.get("quota", Math.max(1, (wait.toMillis() + 999) / 1000)));
        }
        return;
      }
      // Stored before this message counts as done, so a crash from here on is resumed, not lost.
      PendingLinks.Job job = pending.add(new PendingLinks.Job(0, m.chatId(), m.messageId(), m.threadId(), link,
          forwardedFrom, chat.points(), chat.linkPreview(), t.language(), null));
      if (job == null) {
        continue; // stored by a run that died before finishing this message: resumed at start, not again here
      }
      if (!submit(job)) {
        pending.done(job.id()); // nothing is kept for later: the user is asked to send it again
        reply(m, t.get("busy"));
        return;
      }
    }
    if (links.size() > maxLinks) {
      reply(m, t.get("skipped", maxLinks, Html.escape(skippedNames(links.subList(maxLinks, links.size())))));
    }
  }

  /** The skipped links for the reply: a few, each shortened, so the reply stays one short message. */
  static String skippedNames(List<String> skipped) {
    List<String> shown = skipped.subList(0, Math.min(SKIPPED_SHOWN, skipped.size())).stream()
        .map(l -> l.length() > SKIPPED_CHARS ? l.substring(0, SKIPPED_CHARS) + "…" : l).toList();
    return String.join(", ", shown) + (skipped.size() > shown.size() ? ", …" : "");
  }

  private void stats(Incoming m) {
    reply(m, rules.isAdmin(m.userId()) ? stats.report() : texts(m).get("stats.denied"));
  }

  private void reply(Incoming m, String html) {
    reply(m, html, null);
  }

  /** Answers {@code m} with a new message; kept and sent later if Telegram cannot take it now. */
  private void reply(Incoming m, String html, Keyboard keyboard) {
    replies.send(m.chatId(), m.threadId(), m.messageId(), html, keyboard);
  }
}
