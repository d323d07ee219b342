package dev.newsbrief.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbrief.store.Database;
import dev.newsbrief.testing.FakeTelegram;
import dev.newsbrief.testing.Sites;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Abuse is bounded: a flood from one user costs the others nothing, the work queue has a ceiling and says "busy"
 * past it, quota notices are not repeated message by message, and only so much of a message is read.
 * (Topics and feeds per chat are capped too: see TopicCommandsTest and the alerts' end-to-end test.)
 */
class AbuseLimitsTest {
  static final String TOKEN = "123456:TEST-abuse";
  static final long SPAMMER = 66;
  static final long ANN = 42;

  @TempDir
  Path data;
  MockWebServer site;
  BotWiring wiring;
  Database db;
  ChatMemory memory;

  @BeforeEach
  void start() throws Exception {
    site = new MockWebServer();
    site.setDispatcher(new Sites());
    site.start(InetAddress.getByName("127.0.0.1"), 0);
    wiring = BotWiring.reaching(site, Clock.systemUTC());
    db = Database.open(data);
    memory = ChatMemory.of(db, Clock.systemUTC(), 5);
  }

  @AfterEach
  void stop() {
    site.close();
    db.close();
  }

  String link(int n) {
    return "http://127.0.0.1:" + site.getPort() + "/grid-storage?n=" + n;
  }

  @Test
  void oneUserSendingAThousandLinksInAMinuteCostsAnotherUserNothing() throws Exception {
    try (FakeTelegram telegram = new FakeTelegram(TOKEN)) {
      // The shipped defaults: 4 workers, 100 waiting, 10 summaries per user and minute, real send throttle.
      NewsbriefBot bot = wiring.startInRealTime(TOKEN, telegram, memory);
      try {
        telegram.awaitCalls("getUpdates", Duration.ofSeconds(10));
        for (int i = 1; i <= 1000; i++) {
          telegram.userSends(SPAMMER, link(i));
        }
        long sent = System.nanoTime();
        telegram.userSends(ANN, link(5000));

        FakeTelegram.ChatMessage answer = telegram.awaitMessage(ANN, t -> t.contains("•"), Duration.ofSeconds(20));
        Duration took = Duration.ofNanos(System.nanoTime() - sent);

        assertTrue(answer.text().contains("n=5000"), answer.text());
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "Ann waited " + took);
        // Ann's own job may still be finishing: only the spammer's count.
        assertTrue(memory.pending().all().stream().filter(j -> j.chatId() == SPAMMER).count() <= 10,
            "at most the spammer's quota is stored: " + memory.pending().all());
        telegram.awaitMessage(SPAMMER, t -> t.startsWith("You've asked for a lot"), Duration.ofSeconds(20));
        long notices = telegram.chatText(SPAMMER).stream().filter(t -> t.startsWith("You've asked for a lot")).count();
        assertEquals(1, notices, "told once, not once per message");
      } finally {
        bot.close();
      }
    }
  }

  /** Work handed to the queue but not run yet: a worker pool that is busy elsewhere. */
  static final class HeldWorkers implements java.util.concurrent.Executor {
    final List<Runnable> held = new ArrayList<>();

    @Override
    public synchronized void execute(Runnable task) {
      held.add(task);
    }

    synchronized void runAll() {
      while (!held.isEmpty()) {
        held.remove(0).run();
      }
    }
  }

  record Sent(long chat, String html) {
  }

  /** The conversation with a recording outbox and a queue of {@code capacity} over {@code workers}. */
  Conversation conversation(java.util.concurrent.Executor workers, int capacity, List<Sent> sent, AtomicLong nanos) {
    Outbox outbox = new TestOutbox() {
      @Override
      public synchronized Integer send(long chatId, Integer threadId, Integer replyTo, String html, String preview,
          Keyboard keyboard) {
        sent.add(new Sent(chatId, html));
        return sent.size();
      }

      @Override
      public synchronized boolean edit(long chatId, int messageId, String html, String preview, Keyboard keyboard) {
        sent.set(messageId - 1, new Sent(chatId, html));
        return true;
      }
    };
    return new Conversation(wiring.briefs, outbox, new LinkQueue(workers, capacity), null, memory,
        new ChatRules(3, 10, Set.of(), Set.of()), new BotStats(nanos::get, wiring.briefs::cacheHitRate, () -> 0),
        nanos::get, wiring.desk());
  }

  static Incoming message(long user, int id, String text, List<String> links) {
    return new Incoming(user, id, null, true, text, links, List.of(), null, user, "en", null);
  }

  @Test
  void aFullQueueAnswersBusyAndKeepsNothing() {
    HeldWorkers workers = new HeldWorkers();
    List<Sent> sent = new ArrayList<>();
    Conversation conversation = conversation(workers, 2, sent, new AtomicLong());

    conversation.handle(message(1, 1, link(1), List.of(link(1))));
    conversation.handle(message(2, 1, link(2), List.of(link(2))));
    conversation.handle(message(3, 1, link(3), List.of(link(3))));

    assertEquals(List.of(new Sent(3, "I'm very busy right now. Please send that again in a minute.")), sent);
    assertEquals(List.of(link(1), link(2)), memory.pending().all().stream().map(j -> j.link()).toList());

    workers.runAll();
    assertTrue(memory.pending().all().isEmpty());
    assertEquals(2, sent.stream().filter(s -> s.html().contains("•")).count());
  }

  @Test
  void oneChatsBacklogWaitsBehindItselfWhileOtherChatsTakeTurns() {
    HeldWorkers workers = new HeldWorkers();
    List<String> order = new ArrayList<>();
    LinkQueue queue = new LinkQueue(workers, 100);
    for (int i = 1; i <= 3; i++) {
      int n = i;
      queue.offer(SPAMMER, () -> order.add("spam" + n));
    }
    queue.offer(ANN, () -> order.add("ann"));

    workers.runAll();

    assertEquals(List.of("spam1", "ann", "spam2", "spam3"), order);
    assertEquals(0, queue.waiting());
  }

  @Test
  void aUserPastTheQuotaIsToldOncePerWaitNotOncePerMessage() {
    List<Sent> sent = new ArrayList<>();
    AtomicLong nanos = new AtomicLong();
    Conversation conversation = conversation(new HeldWorkers(), 1000, sent, nanos);

    for (int i = 1; i <= 30; i++) {
      conversation.handle(message(SPAMMER, i, link(i), List.of(link(i))));
    }
    assertEquals(1, sent.size(), sent.toString());
    assertTrue(sent.get(0).html().startsWith("You've asked for a lot of summaries"), sent.get(0).html());
    assertEquals(10, memory.pending().all().size());

    nanos.addAndGet(Duration.ofSeconds(61).toNanos());
    conversation.handle(message(SPAMMER, 31, link(31), List.of(link(31))));
    assertEquals(11, memory.pending().all().size(), "the next minute brings a new allowance");
  }

  @Test
  void onlyTheFirst4096CharactersOfAMessageAreReadAndAtMostTenLinksTaken() {
    StringBuilder text = new StringBuilder(link(1)).append(' ');
    text.append("x".repeat(5000)).append(' ').append(link(2));
    assertEquals(List.of(link(1)), LinkFinder.find(text.toString(), null), "a link past 4096 characters is not read");
    List<LinkFinder.Entity> beyond = List.of(new LinkFinder.Entity("url", 0, link(1).length(), null),
        new LinkFinder.Entity("text_link", 5000, 10, "https://example.com/hidden"));
    assertEquals(List.of(link(1)), LinkFinder.find(text.toString(), beyond));

    String many = String.join(" ", java.util.stream.IntStream.rangeClosed(1, 50).mapToObj(this::link).toList());
    assertEquals(LinkFinder.MAX_LINKS, LinkFinder.find(many, null).size());

    String huge = "🙂".repeat(1_000_000);
    Incoming m = message(ANN, 1, huge, List.of());
    assertEquals(Incoming.MAX_TEXT, m.text().length());
    assertTrue(Character.isLowSurrogate(m.text().charAt(m.text().length() - 1)), "never half a character");
  }

  @Test
  void theSkippedLinksReplyStaysOneShortMessageHoweverLongTheLinks() {
    List<Sent> sent = new ArrayList<>();
    Conversation conversation = conversation(new HeldWorkers(), 100, sent, new AtomicLong());
    List<String> links = new ArrayList<>();
    for (int i = 1; i <= LinkFinder.MAX_LINKS; i++) {
      links.add(link(i) + "&q=" + "a".repeat(LinkFinder.MAX_LINK_CHARS - 100));
    }

    conversation.handle(message(ANN, 1, String.join(" ", links), links));

    String skipped = sent.get(sent.size() - 1).html();
    assertTrue(skipped.startsWith("I summarize up to 3 links per message; skipped: "), skipped);
    assertTrue(skipped.length() < 600, skipped.length() + ": " + skipped);
  }
}
