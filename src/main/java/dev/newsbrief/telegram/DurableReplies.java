package dev.newsbrief.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbrief.store.UnsentReplies;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The short replies of a conversation (answers to commands, the settings, language and topic lists, "busy" and
 * quota notices), kept when Telegram cannot take them. A command's effect is stored at once, so its confirmation
 * must not be the one thing lost when Telegram stays down longer than the outbox's retries: a reply that fails
 * for a reason that may pass is stored in {@link UnsentReplies} and sent again by {@link #resend()}. A final
 * refusal (the chat blocked the bot, Telegram refuses the message) is not kept: it could only be refused again.
 *
 * <p>Per chat, replies arrive in the order they were given: while a chat has replies stored, a new one is stored
 * behind them instead of overtaking them. Which chats those are is kept in memory (read once at start), so the
 * usual reply costs no database read. Thread-safe.
 */
final class DurableReplies {
  private static final Logger log = LoggerFactory.getLogger(DurableReplies.class);
  /** A stored reply older than this is dropped: an answer a day late would only confuse. */
  static final Duration MAX_AGE = Duration.ofDays(1);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<List<Keyboard.Button>>> ROWS = new TypeReference<>() { };

  private final Outbox outbox;
  private final UnsentReplies stored;
  private final Clock clock;
  /** Chats with replies stored; a new reply to one of them goes behind those. */
  private final Set<Long> waiting = ConcurrentHashMap.newKeySet();
  /** Held while a reply is stored behind a waiting chat, or a chat found empty stops waiting: never both at once. */
  private final Object order = new Object();
  /** One pass of {@link #resend()} at a time: two would send the same row twice. */
  private final ReentrantLock resending = new ReentrantLock();

  DurableReplies(Outbox outbox, UnsentReplies stored, Clock clock) {
    this.outbox = outbox;
    this.stored = stored;
    this.clock = clock;
    waiting.addAll(stored.chats());
  }

  /**
   * Sends a reply, or stores it for {@link #resend()}: behind the chat's stored replies if it has any, or when
   * Telegram did not take it for a reason that may pass.
   *
   * @param threadId the forum topic, or null
   * @param replyTo  the message it answers, or null
   * @param keyboard buttons under it, or null
   */
  void send(long chatId, Integer threadId, Integer replyTo, String html, Keyboard keyboard) {
    if (waiting.contains(chatId) && storedBehind(chatId, threadId, replyTo, html, keyboard)) {
      return;
    }
    Outbox.Delivery delivery = outbox.deliver(chatId, threadId, replyTo, html, null, keyboard);
    if (!delivery.sent() && delivery.mayPass()) {
      synchronized (order) {
        stored.add(chatId, threadId, replyTo, html, encode(keyboard));
        waiting.add(chatId);
      }
      log.info("a reply to chat {} did not reach Telegram; stored to be sent again", chatId);
    }
  }

  /** Stores the reply when its chat is still waiting; false when the chat stopped waiting meanwhile. */
  private boolean storedBehind(long chatId, Integer threadId, Integer replyTo, String html, Keyboard keyboard) {
    synchronized (order) {
      if (!waiting.contains(chatId)) {
        return false;
      }
      stored.add(chatId, threadId, replyTo, html, encode(keyboard));
      return true;
    }
  }

  /**
   * Sends the stored replies, chat by chat and in order within a chat, deleting each once Telegram takes it. A
   * reply Telegram still cannot take holds back its chat's later ones until the next pass; one refused for good,
   * or older than {@link #MAX_AGE}, is dropped. Returns how many were sent; 0 at once if a pass is running.
   */
  int resend() {
    if (!resending.tryLock()) {
      return 0;
    }
    try {
      int sent = 0;
      for (long chatId : stored.chats()) {
        sent += resend(chatId);
      }
      return sent;
    } finally {
      resending.unlock();
    }
  }

  private int resend(long chatId) {
    int sent = 0;
    while (true) {
      List<UnsentReplies.Reply> replies = stored.of(chatId);
      if (replies.isEmpty() && stopWaiting(chatId)) {
        return sent;
      }
      for (UnsentReplies.Reply reply : replies) {
        if (Duration.between(reply.createdAt(), clock.instant()).compareTo(MAX_AGE) > 0) {
          stored.delete(reply.id());
          log.warn("dropped stored reply {} to chat {}: older than {}", reply.id(), chatId, MAX_AGE);
          continue;
        }
        Outbox.Delivery delivery = outbox.deliver(chatId, reply.threadId(), reply.replyTo(), reply.html(), null,
            decode(reply.keyboard()));
        if (delivery.sent()) {
          stored.delete(reply.id());
          sent++;
        } else if (!delivery.mayPass()) {
          stored.delete(reply.id());
          log.info("dropped stored reply {} to chat {}: Telegram refuses it", reply.id(), chatId);
        } else {
          log.info("stored reply {} to chat {} still does not reach Telegram; kept", reply.id(), chatId);
          return sent;
        }
      }
    }
  }

  /** The chat has no reply stored: new ones may be sent directly. False when one was stored just now. */
  private boolean stopWaiting(long chatId) {
    synchronized (order) {
      if (!stored.of(chatId).isEmpty()) {
        return false;
      }
      waiting.remove(chatId);
      return true;
    }
  }

  /** A group became a supergroup: its stored replies, and new ones while those wait, go to the new chat. */
  void moveChat(long oldChatId, long newChatId) {
    synchronized (order) {
      stored.moveChat(oldChatId, newChatId);
      if (waiting.remove(oldChatId)) {
        waiting.add(newChatId);
      }
    }
  }

  /** Chats with replies stored now. */
  Set<Long> waitingChats() {
    return Set.copyOf(waiting);
  }

  static String encode(Keyboard keyboard) {
    try {
      return keyboard == null ? null : JSON.writeValueAsString(keyboard.rows());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a keyboard that cannot be written as JSON", e);
    }
  }

  static Keyboard decode(String json) {
    if (json == null) {
      return null;
    }
    try {
      return new Keyboard(JSON.readValue(json, ROWS));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // Better the reply without its buttons than no reply at all.
      log.warn("a stored reply's keyboard cannot be read; sending it without: {}", e.getClass().getSimpleName());
      return null;
    }
  }
}
