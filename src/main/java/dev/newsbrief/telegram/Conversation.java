package dev.newsbrief.telegram;

import dev.newsbrief.digest.Brief;
import dev.newsbrief.digest.BriefService;
import dev.newsbrief.digest.NoArticleException;
import dev.newsbrief.fetch.FetchException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot says to each message: commands, links to summarize, hints. Knows no Telegram types, so the
 * console drives it too. Thread-safe.
 */
public final class Conversation {
  private static final Logger log = LoggerFactory.getLogger(Conversation.class);
  private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?:\\s+(.*))?$",
      Pattern.DOTALL);
  /** The typing action lasts ~5 s; renew it a little sooner while work goes on. */
  static final long TYPING_EVERY_SECONDS = 4;

  private final BriefService briefs;
  private final Outbox outbox;
  private final Executor linkWorkers;
  private final ScheduledExecutorService timer;
  private final int points;
  private final int maxLinks;
  private final CommandRegistry commands = new CommandRegistry();
  private volatile String botUsername;

  /**
   * @param linkWorkers runs one link's fetch and summary
   * @param timer       renews the typing action; null for none
   */
  public Conversation(BriefService briefs, Outbox outbox, Executor linkWorkers, ScheduledExecutorService timer,
      int points, int maxLinks) {
    this.briefs = briefs;
    this.outbox = outbox;
    this.linkWorkers = linkWorkers;
    this.timer = timer;
    this.points = points;
    this.maxLinks = maxLinks;
    commands.add("sum", "key points of a link: /sum <link>, or reply /sum to a message with a link", this::sum)
        .add("help", "what I can do", (m, a) -> help(m))
        .add("start", "introduction", (m, a) -> start(m));
  }

  /** The bot's own @username (without @), so commands addressed to other bots are left alone. */
  public void setBotUsername(String username) {
    this.botUsername = username;
  }

  public CommandRegistry commands() {
    return commands;
  }

  /** Answers one message. */
  public void handle(Incoming m) {
    Matcher command = COMMAND.matcher(m.text().strip());
    if (command.matches()) {
      handleCommand(m, command.group(1), command.group(2), command.group(3));
    } else if (m.privateChat()) {
      summarizeAll(m, m.links(), m.forwardedFrom());
    }
    // In groups only commands are answered: a busy group must not get a summary for every link.
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

  private void start(Incoming m) {
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
    for (String link : links.subList(0, Math.min(maxLinks, links.size()))) {
      linkWorkers.execute(() -> summarizeOne(m, link, forwardedFrom));
    }
    if (links.size() > maxLinks) {
      List<String> skipped = links.subList(maxLinks, links.size());
      reply(m, "I summarize up to " + maxLinks + " links per message; skipped: "
          + Html.escape(String.join(", ", skipped)) + ". Send them separately.");
    }
  }

  private void summarizeOne(Incoming m, String link, String forwardedFrom) {
    String host = BriefRenderer.host(link);
    Integer placeholder = outbox.send(m.chatId(), m.threadId(), m.messageId(),
        "⏳ Reading " + Html.escape(host != null ? host : link) + "…", null);
    ScheduledFuture<?> typing = timer == null ? null : timer.scheduleAtFixedRate(
        () -> outbox.typing(m.chatId(), m.threadId()), 0, TYPING_EVERY_SECONDS, TimeUnit.SECONDS);
    String html;
    String preview = null;
    try {
      Brief brief = briefs.brief(link, points);
      html = BriefRenderer.render(brief, forwardedFrom);
      preview = brief.url();
    } catch (FetchException | NoArticleException e) {
      log.info("could not summarize {}: {}", link, e.getMessage());
      html = Html.escape(ErrorReplies.forFailure(e));
    } catch (RuntimeException e) {
      // A bug must still end in a reply, never in a placeholder that reads "Reading…" forever.
      log.error("summarizing {} failed", link, e);
      html = Html.escape(ErrorReplies.forFailure(e));
    } finally {
      if (typing != null) {
        typing.cancel(false);
      }
    }
    if (placeholder == null || !outbox.edit(m.chatId(), placeholder, html, preview)) {
      outbox.send(m.chatId(), m.threadId(), m.messageId(), html, preview);
    }
  }

  private void reply(Incoming m, String html) {
    outbox.send(m.chatId(), m.threadId(), m.messageId(), html, null);
  }
}
