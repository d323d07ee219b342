package dev.newsbrief.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.newsbrief.digest.BriefService;
import dev.newsbrief.extract.ArticleExtractor;
import dev.newsbrief.feeds.FeedProbe;
import dev.newsbrief.fetch.FeedFetcher;
import dev.newsbrief.fetch.FetchPolicy;
import dev.newsbrief.fetch.PageFetcher;
import dev.newsbrief.store.Database;
import dev.newsbrief.store.PendingLinks;
import dev.newsbrief.summarize.ExtractiveSummarizer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /addfeed} and an OPML import across a kill: the message is done (so Telegram forgets it) before the
 * link workers run the command. A kill is a conversation whose workers never run anything; the restart is
 * another conversation over the same SQLite file. Feeds are served on 127.0.0.1.
 */
class SlowCommandsTest {
  static final long ANN = 42;
  /** Workers of a process killed before they got to the job. */
  static final Executor KILLED = task -> { };

  record Sent(long chat, Integer replyTo, String html) {
  }

  /** One run of the bot over the database file. */
  record Bot(Conversation conversation, ChatMemory memory) {
  }

  @TempDir
  Path dir;
  MockWebServer web;
  final Map<String, String> feeds = new ConcurrentHashMap<>();
  final Map<String, byte[]> files = new ConcurrentHashMap<>();
  final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
  final AtomicInteger downloads = new AtomicInteger();
  final List<Database> databases = new ArrayList<>();

  final Outbox outbox = new TestOutbox() {
    @Override
    public Integer send(long chatId, Integer threadId, Integer replyTo, String html, String preview,
        Keyboard keyboard) {
      sent.add(new Sent(chatId, replyTo, html));
      return sent.size();
    }

    @Override
    public boolean edit(long chatId, int messageId, String html, String preview, Keyboard keyboard) {
      return true;
    }

    @Override
    public byte[] download(String fileId, long maxBytes) {
      downloads.incrementAndGet();
      return files.get(fileId);
    }
  };

  @BeforeEach
  void start() throws Exception {
    web = new MockWebServer();
    web.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String feed = feeds.get(request.getUrl().encodedPath());
        return feed == null ? new MockResponse.Builder().code(404).body("not found").build()
            : new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml; charset=utf-8").body(feed)
                .build();
      }
    });
    web.start(InetAddress.getByName("127.0.0.1"), 0);
    feeds.put("/c.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Wire C"
        + "</title><link>https://example.com/</link><description>news</description><item><guid>c1</guid>"
        + "<title>Gas prices fall</title><link>https://example.com/c1</link></item></channel></rss>");
    files.put("file-1", """
        <?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>
        <outline text="Wire C" type="rss" xmlUrl="%s"/><outline text="Dead" type="rss" xmlUrl="%s"/></body></opml>
        """.formatted(url("/c.xml"), url("/dead.xml")).getBytes(StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    databases.forEach(Database::close);
    web.close();
  }

  String url(String path) {
    return "http://127.0.0.1:" + web.getPort() + path;
  }

  /** A run of the bot over the one database file, its slow work done by {@code workers}. */
  Bot bot(Executor workers, int queueSize, int maxFeeds) {
    Database db = Database.open(dir);
    databases.add(db);
    Clock clock = Clock.systemUTC();
    PageFetcher pages = new PageFetcher(FetchPolicy.defaults().withAllowPrivate(Set.of("127.0.0.1:" + web.getPort())));
    BriefService briefs = new BriefService(pages, new ArticleExtractor(), new ExtractiveSummarizer(), 10,
        Duration.ofMinutes(5), Runnable::run, Ticker.systemTicker());
    AlertDesk desk = new AlertDesk(new FeedProbe(new FeedFetcher(pages, clock), clock), AlertDesk.LookBack.NONE, 5,
        maxFeeds, clock, "");
    ChatMemory memory = ChatMemory.of(db, clock, 5);
    Conversation conversation = new Conversation(briefs, outbox, new LinkQueue(workers, queueSize), null, memory,
        new ChatRules(3, 10, Set.of(), Set.of()), new BotStats(System::nanoTime, briefs::cacheHitRate, () -> 0),
        System::nanoTime, desk);
    conversation.setBotUsername("newsbrief_bot");
    return new Bot(conversation, memory);
  }

  Bot bot(Executor workers) {
    return bot(workers, 100, 5);
  }

  Incoming addfeed(int messageId, String path) {
    return new Incoming(ANN, messageId, null, true, "/addfeed " + url(path), List.of(url(path)), List.of(), null,
        ANN, null, null);
  }

  Incoming opml(int messageId) {
    return new Incoming(ANN, messageId, null, true, "", List.of(), List.of(), null, ANN, null, null,
        new Incoming.Document("file-1", "subscriptions.opml", "text/x-opml", files.get("file-1").length));
  }

  List<String> replies() {
    synchronized (sent) {
      return sent.stream().map(Sent::html).toList();
    }
  }

  static List<PendingLinks.Kind> kinds(Bot bot) {
    return bot.memory().pending().all().stream().map(PendingLinks.Job::kind).toList();
  }

  @Test
  void anAddfeedCutOffByAKillIsAnsweredOnceAfterTheRestart() {
    Bot killed = bot(KILLED);
    killed.conversation().handle(addfeed(1, "/c.xml"));
    assertEquals(List.of(), sent, "killed before the worker ran it");
    assertEquals(List.of(PendingLinks.Kind.ADD_FEED), kinds(killed), "stored before the message counted as done");

    Bot restarted = bot(Runnable::run);
    restarted.conversation().handle(addfeed(1, "/c.xml")); // done before the kill: not handled again
    assertEquals(1, restarted.conversation().resumePending());
    assertEquals(0, restarted.conversation().resumePending(), "answered: nothing left to resume");

    assertEquals(1, sent.size(), sent.toString());
    assertTrue(sent.get(0).html().startsWith("Added <b>Wire C</b> (items in it now: 1)."), sent.get(0).html());
    assertEquals(new Sent(ANN, 1, sent.get(0).html()), sent.get(0), "a reply to the command");
    assertEquals(List.of(url("/c.xml")), restarted.memory().feeds().forChat(ANN).stream().map(r -> r.url()).toList());
    assertEquals(List.of(), restarted.memory().pending().all());
  }

  @Test
  void anAddfeedKilledAfterAddingTheFeedRepliesOnceThatTheChatFollowsIt() {
    Bot killed = bot(KILLED);
    killed.conversation().handle(addfeed(1, "/c.xml"));
    killed.memory().feeds().add(ANN, url("/c.xml"), "Wire C"); // the worker got this far when the kill came

    Bot restarted = bot(Runnable::run);
    assertEquals(1, restarted.conversation().resumePending());

    assertEquals(List.of("This chat already follows <b>Wire C</b>."), replies());
    assertEquals(1, restarted.memory().feeds().forChat(ANN).size());
    assertEquals(1, restarted.memory().feeds().all().size());
  }

  @Test
  void aCommandThatFilledTheChatsLastFreePlaceBeforeAKillIsNotRefusedForTheFeedItAdded() {
    Bot killed = bot(KILLED, 100, 1);
    killed.conversation().handle(addfeed(1, "/c.xml"));
    killed.conversation().handle(opml(2));
    killed.memory().feeds().add(ANN, url("/c.xml"), "Wire C"); // the first command got this far

    Bot restarted = bot(Runnable::run, 100, 1);
    assertEquals(2, restarted.conversation().resumePending());

    assertEquals(2, sent.size(), sent.toString());
    assertEquals("This chat already follows <b>Wire C</b>.", sent.get(0).html());
    assertTrue(sent.get(1).html().startsWith("Feeds imported: 0 (already followed: 1, not added: 1)."),
        sent.get(1).html());
    assertTrue(sent.get(1).html().contains(url("/dead.xml") + " (This chat has 1 feeds"), sent.get(1).html());
    assertEquals(1, restarted.memory().feeds().forChat(ANN).size());
    restarted.conversation().handle(addfeed(3, "/other.xml"));
    assertTrue(sent.get(2).html().startsWith("This chat has 1 feeds, the most I keep per chat."),
        "another feed is still refused: " + sent.get(2).html());
  }

  @Test
  void anOpmlImportCutOffByAKillIsAnsweredOnceAfterTheRestart() {
    Bot killed = bot(KILLED);
    killed.conversation().handle(opml(2));
    assertEquals(List.of(), sent);
    assertEquals(0, downloads.get(), "the file is read by the worker, not while the message is handled");
    assertEquals(List.of(PendingLinks.Kind.IMPORT_OPML), kinds(killed));

    Bot restarted = bot(Runnable::run);
    assertEquals(1, restarted.conversation().resumePending());
    assertEquals(0, restarted.conversation().resumePending());

    assertEquals(1, sent.size(), sent.toString());
    assertTrue(sent.get(0).html().startsWith("Feeds imported: 1 (already followed: 0, not added: 1)."),
        sent.get(0).html());
    assertTrue(sent.get(0).html().contains(url("/dead.xml") + " (HTTP 404)"), sent.get(0).html());
    assertEquals(2, sent.get(0).replyTo());
    assertEquals(1, downloads.get());
    assertEquals(1, restarted.memory().feeds().forChat(ANN).size());
    assertEquals(List.of(), restarted.memory().pending().all());
  }

  @Test
  void aMessageHandledAgainAfterACrashDoesNotStoreItsCommandTwice() {
    Bot killed = bot(KILLED);
    killed.conversation().handle(addfeed(1, "/c.xml"));
    killed.conversation().handle(opml(2));
    // The kill came before the messages were marked done: Telegram delivers them again, and they are handled.
    databases.get(0).write("undo done", c -> c.createStatement().executeUpdate(
        "UPDATE handled_messages SET done = 0"));

    Bot restarted = bot(Runnable::run);
    restarted.conversation().handle(addfeed(1, "/c.xml"));
    restarted.conversation().handle(opml(2));
    assertEquals(List.of(PendingLinks.Kind.ADD_FEED, PendingLinks.Kind.IMPORT_OPML), kinds(restarted),
        "the stored jobs, not doubled");
    assertEquals(List.of(), sent, "nor run a second time beside them");

    assertEquals(2, restarted.conversation().resumePending());
    assertEquals(2, sent.size(), sent.toString());
    assertTrue(sent.get(0).html().startsWith("Added <b>Wire C</b>"), sent.get(0).html());
    assertTrue(sent.get(1).html().startsWith("Feeds imported: 0 (already followed: 1, not added: 1)."),
        sent.get(1).html());
    assertEquals(1, restarted.memory().feeds().forChat(ANN).size());
    assertEquals(List.of(), restarted.memory().pending().all());
  }

  @Test
  void aFullQueueAnswersBusyAndKeepsNothing() {
    Bot bot = bot(KILLED, 1, 5); // the one place in the queue is taken by a job that never finishes
    bot.conversation().handle(addfeed(1, "/c.xml"));
    bot.conversation().handle(addfeed(2, "/d.xml"));
    bot.conversation().handle(opml(3));

    String busy = Texts.of("en").get("busy");
    assertEquals(List.of(busy, busy), replies());
    assertEquals(List.of(1), bot.memory().pending().all().stream().map(PendingLinks.Job::messageId).toList());
  }
}
