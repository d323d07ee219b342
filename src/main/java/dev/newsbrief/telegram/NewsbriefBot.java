package dev.newsbrief.telegram;

import dev.newsbrief.digest.BriefService;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The running Telegram bot: long polling in, {@link Conversation} in the middle, {@link TelegramOutbox} out.
 * {@link #close()} stops polling and lets work in progress finish for a few seconds.
 */
public final class NewsbriefBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(NewsbriefBot.class);
  /** Work in progress gets this long to finish on shutdown (SIGTERM must stop the bot within 10 s). */
  static final Duration DRAIN = Duration.ofSeconds(6);

  /**
   * How often the alert outbox is looked at, and stored links and replies Telegram did not take are tried again.
   */
  static final Pacing REAL_TIME = new Pacing(TelegramOutbox.Pauser.SLEEP, Duration.ofSeconds(2),
      Duration.ofMinutes(1));

  /**
   * How the bot waits: between Bot API attempts, and between passes over the alert outbox and over stored links.
   * Tests shorten it.
   */
  record Pacing(TelegramOutbox.Pauser pauser, Duration alertTick, Duration pendingRetry) {
  }

  private final UpdatePoller polling;
  private final ExecutorService linkWorkers;
  private final ScheduledExecutorService timer;
  private final ScheduledExecutorService alertLoop;
  private final ExecutorService alertReaders;

  private NewsbriefBot(UpdatePoller polling, ExecutorService linkWorkers,
      ScheduledExecutorService timer, ScheduledExecutorService alertLoop, ExecutorService alertReaders) {
    this.polling = polling;
    this.linkWorkers = linkWorkers;
    this.timer = timer;
    this.alertLoop = alertLoop;
    this.alertReaders = alertReaders;
  }

  /**
   * Settings the bot runs with; the token is passed separately so it is never part of a printable value.
   *
   * @param workers   links summarized in parallel
   * @param queueSize links waiting for a worker at most; past it users are asked to try again later
   * @param desk      the topic alerts' feed checker, look-back and limits
   */
  public record Settings(String apiUrl, int workers, int queueSize, ChatRules rules, AlertDesk desk) {
  }

  /**
   * Connects to the Bot API, sets the command menu and starts long polling.
   *
   * @throws TelegramApiException when the Bot API cannot be reached or rejects the token
   */
  public static NewsbriefBot start(String token, Settings settings, BriefService briefs, ChatMemory memory)
      throws TelegramApiException {
    return start(token, settings, briefs, memory, REAL_TIME);
  }

  static NewsbriefBot start(String token, Settings settings, BriefService briefs, ChatMemory memory, Pacing pacing)
      throws TelegramApiException {
    TelegramUrl url = telegramUrl(settings.apiUrl());
    OkHttpClient http = new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(75)) // above getUpdates' 50 s long-poll timeout
        .writeTimeout(Duration.ofSeconds(30))
        .build();
    OkHttpTelegramClient client = new OkHttpTelegramClient(http, token, url);
    // The pool's own queue holds at most one task per chat; LinkQueue bounds what waits.
    ThreadPoolExecutor linkWorkers = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0L,
        TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), named("links"));
    LinkQueue work = new LinkQueue(linkWorkers, settings.queueSize());
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(named("typing"));
    BotStats stats = new BotStats(System::nanoTime, briefs::cacheHitRate, work::waiting);
    TelegramOutbox outbox = new TelegramOutbox(client, pacing.pauser(), SendThrottle.realTime(), memory.inactive(),
        new TelegramOutbox.FileStore(http, settings.apiUrl(), token));
    Conversation conversation = new Conversation(briefs, outbox, work, timer, memory, settings.rules(), stats,
        System::nanoTime, settings.desk());
    outbox.onChatMigrated(conversation::chatMigrated);

    User me = client.execute(new GetMe());
    conversation.setBotUsername(me.getUserName());
    for (String language : Texts.LANGUAGES) {
      // The default menu is English; Telegram shows the Chinese or Russian one to users of those apps.
      SetMyCommands.SetMyCommandsBuilder<?, ?> menu = SetMyCommands.builder()
          .commands(menu(conversation.commands(), Texts.of(language)));
      client.execute(language.equals("en") ? menu.build() : menu.languageCode(language).build());
    }

    // A webhook left set by another deployment would make every getUpdates fail with 409.
    client.execute(DeleteWebhook.builder().build());
    // Updates are handled in the polling thread: a message is claimed and its links stored before the next
    // getUpdates confirms it to Telegram. The slow part, fetching and summarizing, runs on the link workers.
    UpdatePoller polling = new UpdatePoller(client, List.of("message", "channel_post", "callback_query"), updates -> {
      for (Update update : updates) {
        handle(conversation, update);
      }
    }, pacing.pauser(), UpdatePoller.LONG_POLL_SECONDS);
    polling.start();
    log.info("bot @{} is polling {}", me.getUserName(), settings.apiUrl());
    int resumed = conversation.resumePending();
    if (resumed > 0) {
      log.info("resuming {} links and commands left unanswered at the last stop", resumed);
    }
    // Alerts queued before a stop are in the outbox and go out now.
    ScheduledExecutorService alertLoop = Executors.newSingleThreadScheduledExecutor(named("alerts"));
    ExecutorService alertReaders = Executors.newFixedThreadPool(2, named("alert-reader"));
    new AlertSender(memory.alertOutbox(), memory.stories(), memory.alerts(), memory.subscriptions(), memory.feeds(),
        memory.inactive(), memory.settings(), briefs, outbox, alertReaders, settings.desk().clock())
        .start(alertLoop, pacing.alertTick());
    // Replies Telegram did not take are kept stored; they are tried again now and then.
    alertLoop.scheduleWithFixedDelay(() -> {
      try {
        conversation.resumePending();
      } catch (RuntimeException e) {
        log.warn("retrying stored links failed", e);
      }
    }, pacing.pendingRetry().toMillis(), pacing.pendingRetry().toMillis(), TimeUnit.MILLISECONDS);
    // Short replies (to commands) Telegram did not take wait in their own table and go out in order per chat,
    // those left from before a stop at once. Here, not in this thread: a Telegram still down must not hold the
    // start up.
    alertLoop.scheduleWithFixedDelay(() -> {
      try {
        conversation.resendReplies();
      } catch (RuntimeException e) {
        log.warn("resending stored replies failed", e);
      }
    }, 0, pacing.pendingRetry().toMillis(), TimeUnit.MILLISECONDS);
    return new NewsbriefBot(polling, linkWorkers, timer, alertLoop, alertReaders);
  }

  private static void handle(Conversation conversation, Update update) {
    try {
      if (update.hasCallbackQuery()) {
        ButtonPress press = UpdateReader.read(update.getCallbackQuery());
        if (press != null) {
          conversation.handle(press);
        }
      } else if (update.hasMessage() && update.getMessage().getMigrateToChatId() != null) {
        conversation.chatMigrated(update.getMessage().getChatId(), update.getMessage().getMigrateToChatId());
      } else if (update.hasMessage()) {
        conversation.handle(UpdateReader.read(update.getMessage()));
      } else if (update.hasChannelPost()) {
        // A channel where the bot is an admin: /settings there can turn on summaries of its own posts.
        conversation.handle(UpdateReader.read(update.getChannelPost()));
      }
    } catch (RuntimeException e) {
      // One bad update must not stop the others.
      log.error("update {} failed", update.getUpdateId(), e);
    }
  }

  private static List<BotCommand> menu(CommandRegistry registry, Texts t) {
    List<BotCommand> menu = new ArrayList<>();
    for (CommandRegistry.Command c : registry.all()) {
      String text = t.get(c.descriptionKey());
      String description = text.length() > 256 ? text.substring(0, 256) : text;
      menu.add(new BotCommand(c.name(), description));
    }
    return menu;
  }

  /** TelegramBots addresses the Bot API by scheme, host and port. */
  static TelegramUrl telegramUrl(String apiUrl) {
    URI uri = URI.create(apiUrl);
    int port = uri.getPort() != -1 ? uri.getPort() : "http".equals(uri.getScheme()) ? 80 : 443;
    return TelegramUrl.builder().schema(uri.getScheme()).host(uri.getHost()).port(port).build();
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() {
    polling.close();
    long deadline = System.nanoTime() + DRAIN.toNanos();
    try {
      // Links already taken finish if they can; the rest stay stored and are resumed at the next start.
      linkWorkers.shutdown();
      linkWorkers.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    linkWorkers.shutdownNow();
    timer.shutdownNow();
    // A message cut off here stays in the outbox and is sent at the next start.
    alertLoop.shutdownNow();
    alertReaders.shutdownNow();
    // Waited for, so no pass of this bot still sends once the caller closes the database: a reply it sent then
    // could not be marked sent, and the next start would send it again.
    try {
      alertLoop.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      alertReaders.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
