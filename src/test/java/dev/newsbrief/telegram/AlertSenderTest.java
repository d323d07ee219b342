package dev.newsbrief.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.newsbrief.digest.BriefService;
import dev.newsbrief.extract.ArticleExtractor;
import dev.newsbrief.fetch.FetchPolicy;
import dev.newsbrief.fetch.PageFetcher;
import dev.newsbrief.store.Database;
import dev.newsbrief.store.SeenItems;
import dev.newsbrief.summarize.ExtractiveSummarizer;
import dev.newsbrief.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alert sender against a real database, with an outbox that records what it was asked to send. */
class AlertSenderTest {
  static final long CHAT = 42;

  @TempDir
  Path dir;
  Database db;
  ChatMemory memory;
  final TestClock clock = new TestClock(Instant.parse("2026-11-28T10:00:00Z"));
  final List<String> sent = new ArrayList<>();
  final List<Long> sentTo = new ArrayList<>();
  final List<String> edits = new ArrayList<>();
  Runnable duringSend = () -> { };
  AlertSender sender;
  long wireA;
  long wireB;

  @BeforeEach
  void open() {
    db = Database.open(dir);
    memory = ChatMemory.of(db, clock, 5);
    wireA = memory.feeds().upsertBuiltin("https://a.example/feed", "Wire A", "en");
    wireB = memory.feeds().upsertBuiltin("https://b.example/feed", "Wire B", "en");
    Outbox outbox = new TestOutbox() {
      int next = 1;

      @Override
      public Integer send(long chatId, Integer threadId, Integer replyTo, String html, String previewUrl,
          Keyboard keyboard) {
        duringSend.run();
        sent.add(html);
        sentTo.add(chatId);
        return next++;
      }

      @Override
      public boolean edit(long chatId, int messageId, String html, String previewUrl, Keyboard keyboard) {
        edits.add(html);
        return true;
      }
    };
    // Nothing is fetched: stories without links take their points from the feed's description.
    BriefService briefs = new BriefService(new PageFetcher(FetchPolicy.defaults()), new ArticleExtractor(),
        new ExtractiveSummarizer(), 10, Duration.ofMinutes(5), Runnable::run, Ticker.systemTicker());
    sender = new AlertSender(memory.alertOutbox(), memory.stories(), memory.alerts(), memory.subscriptions(),
        memory.feeds(), memory.inactive(), memory.settings(), briefs, outbox, Runnable::run, clock);
  }

  @AfterEach
  void close() {
    db.close();
  }

  long storyFromWireA() {
    long topic = memory.subscriptions().add(CHAT, "nvidia", "nvidia", 50).id();
    SeenItems.Recorded r = new SeenItems(db, clock).record(wireA, "Wire A", List.of(new SeenItems.Item("a1",
        "Nvidia shares jump after a record quarter", null, "Nvidia reported record revenue of $35 billion.",
        clock.instant(), null, null, null, -1, List.of(new SeenItems.Intent(CHAT, topic, "nvidia", null, false)),
        true, null)), null);
    return r.storyIds().get(0);
  }

  void wireBJoins(long storyId) {
    new SeenItems(db, clock).record(wireB, "Wire B", List.of(new SeenItems.Item("b1",
        "Nvidia shares jump after record quarter", null, "Record quarter.", clock.instant(), null, null, storyId, -1,
        List.of(), true, null)), null);
  }

  @Test
  void aSourceJoiningWhileTheAlertIsOnItsWayIsNamedInAnEdit() {
    long story = storyFromWireA();
    duringSend = () -> wireBJoins(story); // the poller runs while Telegram has not answered yet

    assertEquals(1, sender.sendDue());

    assertEquals(1, sent.size());
    assertTrue(sent.get(0).contains("Sources: Wire A") && !sent.get(0).contains("Wire B"), sent.get(0));
    assertEquals(1, edits.size(), "the alert is edited to name the new source");
    assertTrue(edits.get(0).contains("Wire A · Wire B") && edits.get(0).contains("Also reported by Wire B."),
        edits.get(0));
    assertEquals(0, memory.alertOutbox().pendingCount());
  }

  @Test
  void aSourceJoiningAfterTheAlertWasRecordedComesAsOneAlsoEdit() {
    long story = storyFromWireA();
    sender.sendDue();
    wireBJoins(story);

    sender.sendDue();

    assertEquals(1, sent.size(), "one alert per story");
    assertEquals(1, edits.size());
    assertTrue(edits.get(0).contains("Also reported by Wire B."), edits.get(0));
  }

  @Test
  void chatsTakeTurnsSoOneChatsBacklogDoesNotHoldUpTheOthers() {
    long busy = memory.subscriptions().add(1, "nvidia", "nvidia", 50).id();
    long quiet = memory.subscriptions().add(2, "nvidia", "nvidia", 50).id();
    List<SeenItems.Item> items = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      items.add(new SeenItems.Item("n" + i, "Nvidia story " + i, null, "Nvidia said " + i + ".", clock.instant(),
          null, null, null, -1, i == 3
              ? List.of(new SeenItems.Intent(1, busy, "nvidia", null, false),
                  new SeenItems.Intent(2, quiet, "nvidia", null, false))
              : List.of(new SeenItems.Intent(1, busy, "nvidia", null, false)), true, null));
    }
    new SeenItems(db, clock).record(wireA, "Wire A", items, null);

    assertEquals(4, sender.sendDue());

    assertEquals(List.of(1L, 2L, 1L, 1L), sentTo, "the quiet chat's alert goes out second, not last");
  }
}
