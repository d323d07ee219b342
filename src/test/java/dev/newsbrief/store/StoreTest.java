package dev.newsbrief.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real SQLite file in a temp dir. */
class StoreTest {
  @TempDir
  Path dir;
  final Clock clock = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

  static String pragma(Database db, String name) {
    return db.read("pragma", c -> {
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
        return r.next() ? r.getString(1) : null;
      }
    });
  }

  @Test
  void opensDurablyInWalWithFullSyncAndForeignKeys() {
    try (Database db = Database.open(dir.resolve("data"))) {
      assertEquals("wal", pragma(db, "journal_mode"));
      assertEquals("2", pragma(db, "synchronous"));
      assertEquals("1", pragma(db, "foreign_keys"));
      assertEquals("5000", pragma(db, "busy_timeout"));
      assertEquals(Migrations.FILES.size(), Migrations.current(db));
      assertEquals("ok", pragma(db, "integrity_check"));
    }
  }

  @Test
  void reopeningAppliesNoMigrationTwice() {
    Database.open(dir).close();
    try (Database db = Database.open(dir)) {
      assertEquals(String.valueOf(Migrations.FILES.size()), db.read("count", c -> {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
          r.next();
          return r.getString(1);
        }
      }));
    }
  }

  @Test
  void refusesADatabaseFromANewerProgram() {
    try (Database db = Database.open(dir)) {
      db.write("bump", c -> c.createStatement().executeUpdate("INSERT INTO schema_version VALUES (99)"));
    }
    StoreException e = assertThrows(StoreException.class, () -> Database.open(dir));
    assertTrue(e.getMessage().contains("newer than this program knows"), e.getMessage());
  }

  @Test
  void settingsDefaultPersistAcrossReopenAndFollowAMigratedChat() {
    try (Database db = Database.open(dir)) {
      ChatSettingsTable table = new ChatSettingsTable(db, clock, 5);
      assertEquals(ChatSettings.defaults(7, 5), table.get(7));
      table.put(table.get(7).withPoints(3).withLinkPreview(false));
      table.put(table.get(-100).withSummarizeAll(true));
    }
    try (Database db = Database.open(dir)) {
      ChatSettingsTable table = new ChatSettingsTable(db, clock, 5);
      assertEquals(new ChatSettings(7, 3, false, false, null), table.get(7));
      table.moveChat(-100, -1009999);
      assertTrue(table.get(-1009999).summarizeAll());
      assertFalse(table.get(-100).summarizeAll());
    }
  }

  @Test
  void aMessageIsClaimedOnceEvenAcrossRestarts() {
    try (Database db = Database.open(dir)) {
      HandledMessages handled = new HandledMessages(db, clock);
      assertTrue(handled.claim(1, 10));
      assertFalse(handled.claim(1, 10));
      assertTrue(handled.claim(2, 10));
      handled.done(1, 10);
    }
    try (Database db = Database.open(dir)) {
      assertFalse(new HandledMessages(db, clock).claim(1, 10));
    }
  }

  @Test
  void oldClaimsArePruned() {
    try (Database db = Database.open(dir)) {
      new HandledMessages(db, clock).claim(1, 10);
      HandledMessages later = new HandledMessages(db, Clock.offset(clock, Duration.ofHours(27)));
      assertEquals(1, later.prune());
      assertTrue(later.claim(1, 10));
    }
  }

  @Test
  void failedWorkRollsBack() {
    try (Database db = Database.open(dir)) {
      ChatSettingsTable table = new ChatSettingsTable(db, clock, 5);
      assertThrows(StoreException.class, () -> db.write("half", c -> {
        c.createStatement().executeUpdate("INSERT INTO chat_settings VALUES (1, 3, 1, 0, NULL, 0)");
        return c.createStatement().executeUpdate("INSERT INTO no_such_table VALUES (1)");
      }));
      assertEquals(5, table.get(1).points());
    }
  }

  @Test
  void pendingLinksSurviveARestartUntilDone() {
    PendingLinks.Job stored;
    try (Database db = Database.open(dir)) {
      PendingLinks pending = new PendingLinks(db, clock);
      stored = pending.add(new PendingLinks.Job(0, 7, 3, 11, "https://x.example/a", "Channel", 5, true, "zh", null));
      pending.add(new PendingLinks.Job(0, 8, 4, null, "https://x.example/b", null, 3, false, "en", null));
      pending.placeholderSent(stored.id(), 99);
    }
    try (Database db = Database.open(dir)) {
      PendingLinks pending = new PendingLinks(db, clock);
      assertEquals(2, pending.all().size());
      PendingLinks.Job first = pending.all().get(0);
      assertEquals(new PendingLinks.Job(stored.id(), 7, 3, 11, "https://x.example/a", "Channel", 5, true, "zh", 99),
          first);
      pending.done(first.id());
      assertEquals(List.of("https://x.example/b"), pending.all().stream().map(PendingLinks.Job::link).toList());
    }
  }

  @Test
  void unsentRepliesSurviveARestartInOrderPerChatUntilDeleted() {
    long first;
    try (Database db = Database.open(dir)) {
      UnsentReplies replies = new UnsentReplies(db, clock);
      first = replies.add(-100, 5, 7, "<b>Subscribed</b>", "[[{\"text\":\"x\",\"data\":\"d\"}]]");
      replies.add(42, null, null, "plain", null);
      replies.add(-100, null, 8, "second", null);
    }
    try (Database db = Database.open(dir)) {
      UnsentReplies replies = new UnsentReplies(db, clock);
      assertEquals(List.of(-100L, 42L), replies.chats(), "the chat waiting longest first");
      List<UnsentReplies.Reply> group = replies.of(-100);
      assertEquals(new UnsentReplies.Reply(first, -100, 5, 7, "<b>Subscribed</b>",
          "[[{\"text\":\"x\",\"data\":\"d\"}]]", clock.instant()), group.get(0));
      assertEquals(List.of("<b>Subscribed</b>", "second"), group.stream().map(UnsentReplies.Reply::html).toList());
      assertNull(replies.of(42).get(0).threadId());
      replies.delete(first);
      replies.delete(replies.of(42).get(0).id());
      assertEquals(List.of(-100L), replies.chats());
      assertEquals(1, replies.count());
    }
  }

  @Test
  void waitingRepliesAndLinksFollowAGroupThatBecomesASupergroup() {
    try (Database db = Database.open(dir)) {
      UnsentReplies replies = new UnsentReplies(db, clock);
      PendingLinks pending = new PendingLinks(db, clock);
      replies.add(-100, null, 7, "first", null);
      replies.add(-100, null, 8, "second", null);
      pending.add(new PendingLinks.Job(0, -100, 9, null, "https://a.example/x", null, 5, true, "en", null));

      replies.moveChat(-100, -1001234);
      pending.moveChat(-100, -1001234);

      assertEquals(List.of(-1001234L), replies.chats());
      assertEquals(List.of("first", "second"), replies.of(-1001234).stream().map(UnsentReplies.Reply::html).toList());
      assertEquals(List.of(-1001234L), pending.all().stream().map(PendingLinks.Job::chatId).toList());
    }
  }

  @Test
  void aSlowCommandKeepsItsKindAcrossARestartAndARowWithoutOneIsASummary() {
    try (Database db = Database.open(dir)) {
      // As every row was written before V8: no kind.
      db.write("an older row", c -> c.createStatement().executeUpdate("INSERT INTO pending_links (chat_id,"
          + " message_id, link, points, link_preview, language, created_at)"
          + " VALUES (7, 1, 'https://x.example/a', 5, 1, 'en', 0)"));
      new PendingLinks(db, clock).add(PendingLinks.Job.command(PendingLinks.Kind.IMPORT_OPML, 7, 2, 11, "file-1",
          "ru"));
    }
    try (Database db = Database.open(dir)) {
      List<PendingLinks.Job> jobs = new PendingLinks(db, clock).all();
      assertEquals(List.of(PendingLinks.Kind.SUMMARY, PendingLinks.Kind.IMPORT_OPML),
          jobs.stream().map(PendingLinks.Job::kind).toList());
      assertEquals(new PendingLinks.Job(jobs.get(1).id(), 7, 2, 11, "file-1", null, 0, false, "ru", null,
          PendingLinks.Kind.IMPORT_OPML), jobs.get(1));
      assertNull(new PendingLinks(db, clock).add(PendingLinks.Job.command(PendingLinks.Kind.IMPORT_OPML, 7, 2, 11,
          "file-1", "ru")), "the same command of the same message is stored once");
    }
  }

  @Test
  void aMessageClaimedByAProcessThatDiedBeforeFinishingIsHandledAgainOnce() {
    try (Database db = Database.open(dir)) {
      HandledMessages crashed = new HandledMessages(db, clock);
      assertTrue(crashed.claim(7, 1));
      assertFalse(crashed.claim(7, 1), "delivered twice to the same process: handled once");
      HandledMessages restarted = new HandledMessages(db, clock); // the next start: another run
      assertTrue(restarted.claim(7, 1), "claimed but never finished: handled again, not lost");
      assertFalse(restarted.claim(7, 1));
      restarted.done(7, 1);
      assertFalse(new HandledMessages(db, clock).claim(7, 1), "finished: never again");
    }
  }

  @Test
  void theSameLinkOfTheSameMessageIsStoredOnce() {
    try (Database db = Database.open(dir)) {
      PendingLinks pending = new PendingLinks(db, clock);
      PendingLinks.Job job = new PendingLinks.Job(0, 7, 1, null, "https://example.com/a", null, 5, true, "en", null);
      assertTrue(pending.add(job).id() > 0);
      assertNull(pending.add(job), "a message handled again after a crash does not double its job");
      assertTrue(pending.add(new PendingLinks.Job(0, 7, 2, null, "https://example.com/a", null, 5, true, "en", null))
          .id() > 0, "the same link in another message is another job");
      assertEquals(2, pending.all().size());
    }
  }
}
