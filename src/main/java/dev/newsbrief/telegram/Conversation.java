package dev.newsbrief.telegram;

import dev.newsbrief.digest.BriefService;
import dev.newsbrief.extract.TextStats;
import dev.newsbrief.store.ChatSettings;
import dev.newsbrief.store.ChatSettingsTable;
import dev.newsbrief.store.HandledMessages;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the bot says to each message and button press: commands, links to summarize, settings, hints. Knows no
 * Telegram types, so the console drives it too. Thread-safe.
 *
 * <p>A message is claimed in the database before it is answered, so an update Telegram delivers again after
 * a restart is not answered twice.
 */
public final class Conversation {
  /** A forwarded post without a link is summarized itself when it is at least this long. */
  static final int MIN_FORWARDED_WORDS = 80;
  private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?:\\s+(.*))?$",
      Pattern.DOTALL);

  private final Outbox outbox;
  private final Executor linkWorkers;
  private final LinkSummarizer summarizer;
  private final ChatSettingsTable settings;
  private final HandledMessages handled;
  private final BriefButtons briefButtons;
  private final int maxLinks;
  private final CommandRegistry commands = new CommandRegistry();
  private volatile String botUsername;

  /**
   * @param linkWorkers runs one link's fetch and summary
   * @param timer       renews the typing action; null for none
   * @param maxLinks    links summarized from one message at most
   */
  public Conversation(BriefService briefs, Outbox outbox, Executor linkWorkers, ScheduledExecutorService timer,
      ChatMemory memory, int maxLinks) {
    this.outbox = outbox;
    this.linkWorkers = linkWorkers;
    this.briefButtons = new BriefButtons(briefs, memory.briefs(), outbox);
    this.summarizer = new LinkSummarizer(briefs, outbox, timer, briefButtons);
    this.settings = memory.settings();
    this.handled = memory.handled();
    this.maxLinks = maxLinks;
    commands.add("sum", "key points of a link: /sum <link>, or reply /sum to a message with a link", this::sum)
        .add("settings", "summary length, link preview, group mode", (m, a) -> showSettings(m))
        .add("help", "what I can do", (m, a) -> help(m))
        .add("start", "introduction", this::start);
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
    if (!handled.claim(m.chatId(), m.messageId())) {
      return;
    }
    Matcher command = COMMAND.matcher(m.text().strip());
    if (command.matches()) {
      handleCommand(m, command.group(1), command.group(2), command.group(3));
    } else if (m.privateChat() && m.links().isEmpty() && m.forwardedFrom() != null
        && TextStats.wordCount(m.text()) >= MIN_FORWARDED_WORDS) {
      summarizer.summarizeText(m, settings.get(m.chatId()));
    } else if (m.privateChat()) {
      summarizeAll(m, m.links(), m.forwardedFrom());
    } else if (!m.links().isEmpty() && settings.get(m.chatId()).summarizeAll()) {
      summarizeAll(m, m.links(), m.forwardedFrom());
    }
    // Otherwise, in groups only commands are answered: a busy group must not get a summary for every link.
  }

  /** Answers a press on one of the bot's buttons; every press is answered, known or not. */
  public void handle(ButtonPress press) {
    ChatSettings current = settings.get(press.chatId());
    if (BriefButtons.handles(press.data())) {
      briefButtons.press(press, current.linkPreview());
      return;
    }
    ChatSettings changed = SettingsView.apply(current, press.data());
    if (changed == null) {
      outbox.answerCallback(press.id(), "This button is no longer active.");
      return;
    }
    if (!press.privateChat() && !outbox.isAdmin(press.chatId(), press.userId())) {
      outbox.answerCallback(press.id(), "Only group admins can change settings.");
      return;
    }
    settings.put(changed);
    outbox.answerCallback(press.id(), "Saved.");
    outbox.edit(press.chatId(), press.messageId(), SettingsView.text(changed, press.privateChat()), null,
        SettingsView.keyboard(changed, press.privateChat()));
  }

  /** A group became a supergroup: its settings follow the new chat id. */
  public void chatMigrated(long oldChatId, long newChatId) {
    settings.moveChat(oldChatId, newChatId);
  }

  private void handleCommand(Incoming m, String name, String addressee, String args) {
    if (addressee != null && botUsername != null && !addressee.equalsIgnoreCase(botUsername)) {
      return;
    }
    CommandRegistry.Command c = commands.find(name);
    if (c != null) {
      c.handler().accept(m, args == null ? "" : args.strip());
    } else if (m.privateChat() || addressee != null) {
      reply(m, "I don't know /" + Html.escape(name.toLowerCase(Locale.ROOT))
          + ". Send me a link to get its key points, or /help.");
    }
  }

  private void sum(Incoming m, String args) {
    List<String> links = !m.links().isEmpty() ? m.links() : m.replyLinks();
    if (links.isEmpty()) {
      reply(m, "Send /sum with a link, e.g. <code>/sum https://example.com/story</code>, "
          + "or reply /sum to a message that holds a link.");
      return;
    }
    summarizeAll(m, links, m.links().isEmpty() ? null : m.forwardedFrom());
  }

  private void showSettings(Incoming m) {
    ChatSettings s = settings.get(m.chatId());
    outbox.send(m.chatId(), m.threadId(), m.messageId(), SettingsView.text(s, m.privateChat()), null,
        SettingsView.keyboard(s, m.privateChat()));
  }

  private void start(Incoming m, String payload) {
    String link = DeepLink.decode(payload);
    if (link != null) {
      summarizeAll(m, List.of(link), null);
      return;
    }
    reply(m, "<b>Hi! I turn articles into key points.</b>\n"
        + "Send or forward me a message with a link, and I'll reply with a title, the key points and the "
        + "article's own sources. In groups, use /sum.\n\n" + commands.helpText());
  }

  private void help(Incoming m) {
    reply(m, "<b>Send me a link</b> (or forward a post with one) and I'll reply with its key points and "
        + "sources, up to " + maxLinks + " links per message.\n\n" + commands.helpText());
  }

  private void summarizeAll(Incoming m, List<String> links, String forwardedFrom) {
    if (links.isEmpty()) {
      reply(m, "Send me a link to an article and I'll reply with its key points. /help shows more.");
      return;
    }
    ChatSettings chat = settings.get(m.chatId());
    for (String link : links.subList(0, Math.min(maxLinks, links.size()))) {
      linkWorkers.execute(() -> summarizer.summarize(m, link, forwardedFrom, chat));
    }
    if (links.size() > maxLinks) {
      List<String> skipped = links.subList(maxLinks, links.size());
      reply(m, "I summarize up to " + maxLinks + " links per message; skipped: "
          + Html.escape(String.join(", ", skipped)) + ". Send them separately.");
    }
  }

  private void reply(Incoming m, String html) {
    outbox.send(m.chatId(), m.threadId(), m.messageId(), html, null);
  }
}
