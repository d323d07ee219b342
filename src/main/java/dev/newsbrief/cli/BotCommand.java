package dev.newsbrief.cli;

import dev.newsbrief.config.Config;
import dev.newsbrief.store.Database;
import dev.newsbrief.telegram.ChatMemory;
import dev.newsbrief.telegram.ChatRules;
import dev.newsbrief.telegram.NewsbriefBot;
import java.time.Clock;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** {@code bot}: runs the Telegram bot until SIGTERM or Ctrl-C. */
final class BotCommand {
  private static final Logger log = LoggerFactory.getLogger(BotCommand.class);
  static final String HELP = """
      Usage: newsbrief bot

      Runs the Telegram bot with long polling until stopped (SIGTERM or Ctrl-C stop it cleanly).
      Needs TELEGRAM_BOT_TOKEN (from @BotFather). TELEGRAM_API_URL points it at another Bot API server.
      Send the bot a link, forward it a post, or use /sum <link>; /help lists the commands.
      """;

  private final Config config;
  private final PrintStream err;

  BotCommand(Config config, PrintStream err) {
    this.config = config;
    this.err = err;
  }

  int run(List<String> args) throws UsageException {
    if (!args.isEmpty()) {
      throw new UsageException("bot takes no arguments");
    }
    if (config.botToken().isEmpty()) {
      throw new UsageException("TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and export its token");
    }
    Running running;
    try {
      running = start(config);
    } catch (TelegramApiException e) {
      err.println("newsbrief bot: cannot start: " + Main.redact(e.getMessage())
          + " (check TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL=" + config.telegramApiUrl() + ")");
      return Main.EXIT_INPUT;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      log.info("stopping");
      running.close();
      stopped.countDown();
    }, "shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Main.EXIT_OK;
  }

  /** The bot and its database, stopped together: polling and work first, then the database. */
  record Running(NewsbriefBot bot, Database db) implements AutoCloseable {
    @Override
    public void close() {
      bot.close();
      db.close();
    }
  }

  /** Starts the bot with the real wiring; the caller closes it. */
  static Running start(Config config) throws TelegramApiException {
    ChatRules rules = new ChatRules(config.maxLinksPerMessage(), config.summariesPerUserPerMinute(),
        config.allowedIds(), config.adminIds());
    NewsbriefBot.Settings settings = new NewsbriefBot.Settings(config.telegramApiUrl(), config.botWorkers(), rules);
    Database db = Database.open(config.dataDir());
    try {
      NewsbriefBot bot = NewsbriefBot.start(config.botToken().reveal(), settings, Main.briefService(config),
          ChatMemory.of(db, Clock.systemUTC(), config.summaryPoints()));
      return new Running(bot, db);
    } catch (TelegramApiException | RuntimeException e) {
      db.close();
      throw e;
    }
  }
}
