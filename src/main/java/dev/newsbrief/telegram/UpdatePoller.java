package dev.newsbrief.telegram;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Long polling that loses nothing: {@code getUpdates} in a loop on one thread, each batch handed over whole
 * before the next call confirms it.
 *
 * <p>Why not TelegramBots' own session: it drops every update whose id is lower than the highest it has seen,
 * and after a week without updates Telegram picks the next id at random, so such a bot goes deaf until
 * restarted. Here nothing is filtered: a batch is confirmed by the call that follows it (offset = its highest
 * id + 1), and after an empty answer the offset is left out, which asks for whatever is unconfirmed, whatever
 * its id. Failures never end the loop: 429 waits {@code retry_after}, a conflict (another instance on the
 * token), a rejected token or a network fault back off and try again.
 */
final class UpdatePoller implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);
  /** Seconds Telegram holds a {@code getUpdates} call open when nothing is new. */
  static final int LONG_POLL_SECONDS = 50;
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

  private final TelegramClient client;
  private final List<String> allowedUpdates;
  private final Consumer<List<Update>> consumer;
  private final TelegramOutbox.Pauser pauser;
  private final int longPollSeconds;
  private volatile boolean stopped;
  private Thread thread;
  private Integer offset;
  private int failures;

  UpdatePoller(TelegramClient client, List<String> allowedUpdates, Consumer<List<Update>> consumer,
      TelegramOutbox.Pauser pauser, int longPollSeconds) {
    this.client = client;
    this.allowedUpdates = List.copyOf(allowedUpdates);
    this.consumer = consumer;
    this.pauser = pauser;
    this.longPollSeconds = longPollSeconds;
  }

  /** Starts the loop on its own thread. */
  synchronized void start() {
    if (thread != null) {
      return;
    }
    thread = new Thread(() -> {
      while (!stopped) {
        pollOnce();
      }
    }, "updates");
    thread.setDaemon(true);
    thread.start();
  }

  /** One {@code getUpdates} call and the handling of its batch; failures are waited out, never thrown. */
  void pollOnce() {
    List<Update> updates;
    try {
      updates = client.execute(GetUpdates.builder().offset(offset).timeout(longPollSeconds)
          .allowedUpdates(allowedUpdates).build());
      failures = 0;
    } catch (TelegramApiRequestException e) {
      waitAfter(e);
      return;
    } catch (TelegramApiException | RuntimeException e) {
      failures++;
      log.warn("getUpdates failed ({}); retrying", e.getMessage());
      pause(backoff());
      return;
    }
    if (updates == null || updates.isEmpty()) {
      offset = null; // everything handled is confirmed: ask for what is new, whatever its id
      return;
    }
    if (stopped) {
      return; // stopping: the batch stays unconfirmed and comes again at the next start
    }
    consumer.accept(updates);
    int highest = updates.stream().mapToInt(Update::getUpdateId).max().orElseThrow();
    offset = highest + 1; // confirms this batch, and only now that it was handled
  }

  private void waitAfter(TelegramApiRequestException e) {
    failures++;
    Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
    Integer code = e.getErrorCode();
    if (retryAfter != null) {
      pause(Duration.ofSeconds(Math.min(retryAfter, 600)));
      return;
    }
    if (code != null && code == 409) {
      log.error("another bot instance is polling this token (409 Conflict); retrying");
    } else if (code != null && (code == 401 || code == 404)) {
      log.error("the Bot API rejects the token ({}); retrying", code);
    } else {
      log.warn("getUpdates failed ({}); retrying", e.getMessage());
    }
    pause(backoff());
  }

  /** 1, 2, 4 … 60 seconds as failures follow each other. */
  private Duration backoff() {
    Duration d = Duration.ofSeconds(1L << Math.min(failures - 1, 6));
    return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
  }

  private void pause(Duration d) {
    if (!pauser.pause(d)) {
      stopped = true;
    }
  }

  /** Stops the loop; a call in flight is abandoned (its batch is unconfirmed and comes again next start). */
  @Override
  public void close() {
    Thread t;
    synchronized (this) {
      stopped = true;
      t = thread;
    }
    if (t != null) {
      t.interrupt();
      try {
        t.join(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
