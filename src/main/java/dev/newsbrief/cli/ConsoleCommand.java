package dev.newsbrief.cli;

import dev.newsbrief.config.Config;
import dev.newsbrief.digest.BriefService;
import dev.newsbrief.feeds.FeedProbe;
import dev.newsbrief.fetch.FeedFetcher;
import dev.newsbrief.fetch.PageFetcher;
import dev.newsbrief.telegram.AlertDesk;
import dev.newsbrief.telegram.Conversation;
import dev.newsbrief.telegram.Html;
import dev.newsbrief.store.Database;
import dev.newsbrief.telegram.ChatMemory;
import dev.newsbrief.telegram.ChatRules;
import dev.newsbrief.telegram.Incoming;
import dev.newsbrief.telegram.Keyboard;
import dev.newsbrief.telegram.LinkFinder;
import dev.newsbrief.telegram.Outbox;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code console}: the bot's conversation in a terminal, one line per message, no token needed. */
final class ConsoleCommand {
  static final String HELP = """
      Usage: newsbrief console

      Talk to the bot in this terminal: type a message with a link, or a command such as /help or
      /sum https://example.com/story, and read what the bot would answer in Telegram (as plain text).
      End with Ctrl-D or /quit.
      """;
  static final long CONSOLE_CHAT = 1;

  private final Config config;
  private final InputStream in;
  private final PrintStream out;

  ConsoleCommand(Config config, InputStream in, PrintStream out) {
    this.config = config;
    this.in = in;
    this.out = out;
  }

  int run(List<String> args) throws UsageException {
    if (!args.isEmpty()) {
      throw new UsageException("console takes no arguments");
    }
    Clock clock = Clock.systemUTC();
    PageFetcher pages = new PageFetcher(Main.fetchPolicy(config));
    BriefService briefs = Main.briefService(config, pages);
    // No poller here: topics and feeds can be tried out, and /addfeed checks a feed for real.
    AlertDesk desk = new AlertDesk(new FeedProbe(new FeedFetcher(pages, clock), clock), AlertDesk.LookBack.NONE,
        config.maxTopicsPerChat(), config.maxFeedsPerChat(), clock, "");
    try (Database db = Database.openInMemory()) {
      return converse(Conversation.direct(briefs, new TerminalOutbox(out),
          ChatMemory.of(db, clock, config.summaryPoints()), ChatRules.open(config.maxLinksPerMessage()), desk));
    }
  }

  private int converse(Conversation conversation) {
    out.println("newsbrief console: send a link or a command (/help); Ctrl-D or /quit ends.");
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int messageId = 0;
    try {
      String line;
      while (prompt() && (line = reader.readLine()) != null) {
        if (line.strip().equals("/quit")) {
          break;
        }
        if (!line.isBlank()) {
          conversation.handle(new Incoming(CONSOLE_CHAT, ++messageId, null, true, line,
              LinkFinder.find(line, null), List.of(), null, CONSOLE_CHAT, Locale.getDefault().getLanguage(), null));
        }
      }
    } catch (IOException e) {
      out.println("cannot read input: " + e.getMessage());
      return Main.EXIT_INPUT;
    }
    return Main.EXIT_OK;
  }

  private boolean prompt() {
    out.print("> ");
    out.flush();
    return true;
  }

  /** Prints what the bot would send; an edit prints the new text, as the placeholder would change in Telegram. */
  private static final class TerminalOutbox implements Outbox {
    private final PrintStream out;
    private final AtomicInteger ids = new AtomicInteger();

    TerminalOutbox(PrintStream out) {
      this.out = out;
    }

    @Override
    public Integer send(long chatId, Integer threadId, Integer replyTo, String html, String previewUrl,
        Keyboard keyboard) {
      out.println(Html.toPlain(html));
      printButtons(keyboard);
      return ids.incrementAndGet();
    }

    @Override
    public boolean edit(long chatId, int messageId, String html, String previewUrl, Keyboard keyboard) {
      out.println();
      out.println(Html.toPlain(html));
      printButtons(keyboard);
      out.println();
      return true;
    }

    /** Buttons can't be pressed in a terminal; they are shown so the reader knows what Telegram offers. */
    private void printButtons(Keyboard keyboard) {
      if (keyboard != null) {
        for (List<Keyboard.Button> row : keyboard.rows()) {
          out.println(String.join("  ", row.stream().map(b -> "[" + b.text() + "]").toList()));
        }
      }
    }

    @Override
    public void answerCallback(String callbackId, String text) {
      // No buttons are pressed in the console.
    }

    @Override
    public boolean isAdmin(long chatId, long userId) {
      return true;
    }

    @Override
    public void typing(long chatId, Integer threadId) {
      // A terminal shows the placeholder line instead.
    }
  }
}
