package dev.newsbrief.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topic-alert tables: chats only see their own rows, feeds stop when unused, the outbox hands over. */
class AlertTablesTest {
  private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
  @TempDir
  Path dir;
  private Database db;
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  @BeforeEach
  void open() {
    db = Database.open(dir);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void subscriptionsAreAddedOncePerCanonicalFormWithinALimitAndPerChat() {
    Subscriptions subs = new Subscriptions(db, clock);
    long v0 = subs.version();
    Subscriptions.Added first = subs.add(1, "Nvidia AMD", "amd nvidia", 2);
    assertEquals(Subscriptions.Outcome.ADDED, first.outcome());
    assertEquals(new Subscriptions.Added(Subscriptions.Outcome.ALREADY, first.id()),
        subs.add(1, "amd nvidia", "amd nvidia", 2));
    subs.add(1, "bitcoin", "bitcoin", 2);
    assertEquals(Subscriptions.Outcome.LIMIT, subs.add(1, "gold", "gold", 2).outcome());
    assertEquals(Subscriptions.Outcome.ADDED, subs.add(2, "gold", "gold", 2).outcome());
    assertTrue(subs.version() > v0);

    assertFalse(subs.remove(2, first.id()), "chat 2 cannot remove chat 1's topic");
    assertFalse(subs.mute(2, first.id(), NOW.plus(Duration.ofHours(1))));
    assertTrue(subs.mute(1, first.id(), NOW.plus(Duration.ofHours(1))));
    assertTrue(subs.setDigest(1, first.id(), 480));
    Subscriptions.Row row = subs.get(1, first.id()).orElseThrow();
    assertEquals(480, row.digestMinute());
    assertTrue(row.mutedAt(NOW));
    assertTrue(subs.get(2, first.id()).isEmpty());
    assertTrue(subs.removeCanonical(1, "bitcoin"));
    assertEquals(List.of("Nvidia AMD"), subs.list(1).stream().map(Subscriptions.Row::query).toList());
    assertEquals(2, subs.all().size());
  }

  @Test
  void aFeedNobodyUsesStopsButABuiltinOneDoesNotAndAddingRestartsIt() {
    Feeds feeds = new Feeds(db, clock);
    long id = feeds.add(1, "https://a.example/feed", null).feedId();
    assertFalse(feeds.add(1, "https://a.example/feed", null).added());
    feeds.add(2, "https://a.example/feed", null);
    long builtin = feeds.upsertBuiltin("https://b.example/rss", "B", "en");
    feeds.add(3, "https://b.example/rss", null);

    assertTrue(feeds.remove(1, id));
    assertFalse(feeds.get(id).orElseThrow().stopped(), "chat 2 still has it");
    assertTrue(feeds.remove(2, id));
    assertTrue(feeds.get(id).orElseThrow().stopped());
    assertTrue(feeds.remove(3, builtin));
    assertFalse(feeds.get(builtin).orElseThrow().stopped());
    assertEquals(List.of(builtin), feeds.due(NOW, 10).stream().map(Feeds.Row::id).toList());

    feeds.add(4, "https://a.example/feed", null);
    assertFalse(feeds.get(id).orElseThrow().stopped());
    assertEquals("a.example", feeds.forChat(4).get(0).name());
  }

  @Test
  void aPermanentMoveToAKnownFeedHandsItsChatsOver() {
    Feeds feeds = new Feeds(db, clock);
    long old = feeds.add(1, "http://a.example/feed", null).feedId();
    long current = feeds.add(2, "https://a.example/feed", null).feedId();
    assertEquals(current, feeds.moved(old, "https://a.example/feed"));
    assertEquals(List.of(1L, 2L), feeds.chatsOf(current));
    assertTrue(feeds.get(old).orElseThrow().stopped());
    long lone = feeds.add(3, "http://c.example/feed", null).feedId();
    assertEquals(lone, feeds.moved(lone, "https://c.example/feed"));
    assertEquals("https://c.example/feed", feeds.get(lone).orElseThrow().url());
  }

  @Test
  void theOutboxHandsOverDueRowsInOrderAndRemembersTheAlertMessage() {
    SeenItems seen = new SeenItems(db, clock);
    Feeds feeds = new Feeds(db, clock);
    long feed = feeds.add(1, "https://a.example/feed", null).feedId();
    SeenItems.Recorded r = seen.record(feed, "A", List.of(
        new SeenItems.Item("k1", "Story one", "https://a.example/1", "", NOW, "https://a.example/1", "", null, -1,
            List.of(new SeenItems.Intent(1, 10, "one", null, false),
                new SeenItems.Intent(2, 20, "later", NOW.plus(Duration.ofHours(3)), false)), true, null)), null);
    long story = r.storyIds().get(0);
    AlertOutbox outbox = new AlertOutbox(db, clock);
    assertEquals(2, outbox.pendingCount());
    List<AlertOutbox.Entry> due = outbox.due(NOW, 10);
    assertEquals(1, due.size());
    AlertOutbox.Entry entry = due.get(0);
    outbox.attempt(entry.id());
    assertEquals(1, outbox.due(NOW, 10).get(0).attempts());

    outbox.sent(entry.id(), 1, story, 777);
    assertEquals(777, new Alerts(db).messageId(1, story).orElseThrow());
    assertEquals(1, outbox.pendingCount());
    AlertOutbox.Entry later = outbox.due(NOW.plus(Duration.ofHours(3)), 10).get(0);
    outbox.drop(later.id());
    assertEquals(0, outbox.pendingCount());
    assertTrue(new Stories(db).get(story).isPresent());
    assertEquals(List.of(new Stories.Source(feed, "A", "https://a.example/1")),
        new Stories(db).get(story).orElseThrow().sources());
  }

  @Test
  void pruningKeepsStoriesAQueuedMessageNeeds() {
    SeenItems seen = new SeenItems(db, clock);
    long feed = new Feeds(db, clock).add(1, "https://a.example/feed", null).feedId();
    SeenItems.Recorded r = seen.record(feed, "A", List.of(
        new SeenItems.Item("k1", "Queued", null, "", NOW, null, "", null, -1,
            List.of(new SeenItems.Intent(1, 10, "t", null, false)), true, null),
        new SeenItems.Item("k2", "Done", null, "", NOW, null, "", null, -1, List.of(), false, null)), null);
    Stories stories = new Stories(db);
    assertEquals(1, stories.prune(NOW.plusSeconds(1), NOW));
    assertTrue(stories.get(r.storyIds().get(0)).isPresent());
    assertTrue(stories.get(r.storyIds().get(1)).isEmpty());
  }
}
