package dev.newsbrief.cli;

import dev.newsbrief.config.Config;
import dev.newsbrief.config.FeedList;
import dev.newsbrief.digest.BriefService;
import dev.newsbrief.feeds.FeedPoller;
import dev.newsbrief.feeds.FeedProbe;
import dev.newsbrief.feeds.PollerOptions;
import dev.newsbrief.fetch.FeedFetcher;
import dev.newsbrief.fetch.PageFetcher;
import dev.newsbrief.telegram.AlertDesk;
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

  /** The bot, its feed poller and its database, stopped together: polling and work first, then the database. */
  record Running(NewsbriefBot bot, FeedPoller poller, Database db) implements AutoCloseable {
    @Override
    public void close() {
      bot.close();
      poller.close();
      db.close();
    }
  }

  /** Starts the bot and the feed poller with the real wiring; the caller closes them. */
  static Running start(Config config) throws TelegramApiException {
    return start(config, Clock.systemUTC(), true);
  }

  /**
   * As {@link #start(Config)} with the clock the alerts run on; without {@code pollLoop} the feeds are polled
   * only when the caller asks {@link Running#poller()} to (end-to-end tests step through time that way).
   */
  static Running start(Config config, Clock clock, boolean pollLoop) throws TelegramApiException {
    ChatRules rules = new ChatRules(config.maxLinksPerMessage(), config.summariesPerUserPerMinute(),
        config.allowedIds(), config.adminIds());
    List<FeedList.Entry> builtin = FeedList.read(config.feedsFile()); // a bad list fails before anything starts
    PageFetcher pages = new PageFetcher(Main.fetchPolicy(config));
    FeedFetcher feedFetcher = new FeedFetcher(pages, clock);
    Database db = Database.open(config.dataDir());
    FeedPoller poller = null;
    try {
      // One brief service for the bot and the poller: an alert's key points come from the fetch its lead took.
      BriefService briefs = Main.briefService(config, pages);
      ChatMemory memory = ChatMemory.of(db, clock, config.summaryPoints());
      for (FeedList.Entry f : builtin) {
        memory.feeds().upsertBuiltin(f.url(), f.name(), f.language());
      }
      PollerOptions defaults = PollerOptions.defaults();
      poller = new FeedPoller(db, memory.subscriptions(), feedFetcher, new PollerOptions(config.feedPollThreads(),
          config.maxItemAge(), defaults.maxNewPerPoll(), defaults.retention(), defaults.tick(),
          defaults.noticeAfter()), clock, null, config.matchArticleLead() ? briefs::extractionInThisThread : null);
      // A topic stored just before a crash may still miss its look-back: queue it now, before alerts go out.
      int resumed = poller.resumeLookBacks(AlertDesk.LOOK_BACK_STORIES);
      if (resumed > 0) {
        log.info("queued {} look-back alerts of topics added just before the last stop", resumed);
      }
      AlertDesk desk = new AlertDesk(new FeedProbe(feedFetcher, clock), poller::backfill,
          config.maxTopicsPerChat(), config.maxFeedsPerChat(), clock, config.searchFeedTemplate());
      NewsbriefBot.Settings settings = new NewsbriefBot.Settings(config.telegramApiUrl(), config.botWorkers(),
          config.botQueueSize(), rules,
          desk);
      NewsbriefBot bot = NewsbriefBot.start(config.botToken().reveal(), settings, briefs, memory);
      if (pollLoop) {
        poller.start();
      }
      return new Running(bot, poller, db);
    } catch (TelegramApiException | RuntimeException e) {
      if (poller != null) {
        poller.close();
      }
      db.close();
      throw e;
    }
  }
}
