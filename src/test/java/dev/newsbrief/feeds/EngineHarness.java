package dev.newsbrief.feeds;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.newsbrief.digest.BriefService;
import dev.newsbrief.extract.ArticleExtractor;
import dev.newsbrief.summarize.ExtractiveSummarizer;
import dev.newsbrief.testing.TestClock;
import dev.newsbrief.fetch.FeedFetcher;
import dev.newsbrief.fetch.FetchPolicy;
import dev.newsbrief.fetch.PageFetcher;
import dev.newsbrief.store.AlertOutbox;
import dev.newsbrief.store.Database;
import dev.newsbrief.store.Feeds;
import dev.newsbrief.store.Stories;
import dev.newsbrief.store.Subscriptions;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The real engine on a temp-dir database and a loopback feed site; the clock moves by hand. Built
 * {@linkplain #EngineHarness(Path, boolean) reading leads}, the poller reads articles through a real brief service
 * on the same site, as the bot's does.
 */
final class EngineHarness implements AutoCloseable {
  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  final FeedSite site;
  final TestClock clock = new TestClock(T0);
  final Path dir;
  final PollerOptions options = PollerOptions.defaults().withThreads(2);
  Database db;
  Subscriptions subs;
  Feeds feeds;
  AlertOutbox outbox;
  Stories stories;
  FeedPoller poller;
  /** The brief service the poller reads leads through, or null; a new one (an empty cache) on each open. */
  BriefService briefs;
  private final boolean readLeads;
  private int guid;

  EngineHarness(Path dir) throws IOException {
    this(dir, false);
  }

  /** With {@code readLeads}, items whose feed text says little are matched on their article's lead too. */
  EngineHarness(Path dir, boolean readLeads) throws IOException {
    this.dir = dir;
    this.readLeads = readLeads;
    this.site = new FeedSite();
    open();
  }

  void open() {
    db = Database.open(dir);
    subs = new Subscriptions(db, clock);
    feeds = new Feeds(db, clock);
    outbox = new AlertOutbox(db, clock);
    stories = new Stories(db);
    briefs = readLeads ? new BriefService(new PageFetcher(policy()), new ArticleExtractor(),
        new ExtractiveSummarizer(), 100, Duration.ofMinutes(60), Runnable::run, Ticker.systemTicker()) : null;
    poller = new FeedPoller(db, subs, fetcher(), options, clock, null,
        readLeads ? briefs::extractionInThisThread : null);
  }

  FeedFetcher fetcher() {
    return new FeedFetcher(new PageFetcher(policy()), clock);
  }

  /** The default fetch policy, opened for this site only. */
  FetchPolicy policy() {
    return FetchPolicy.defaults().withAllowPrivate(Set.of("127.0.0.1:" + site.port()));
  }

  /** Closes the poller and the database and opens both again, as a restart does. */
  void restart() {
    poller.close();
    db.close();
    open();
  }

  long addFeed(long chatId, String path) {
    return feeds.add(chatId, site.url(path), null).feedId();
  }

  long subscribe(long chatId, String topic) {
    TopicQuery q = TopicQuery.parse(topic);
    return subs.add(chatId, q.text(), q.canonical(), 50).id();
  }

  FeedSite.Item item(String title, String link, Duration age) {
    return new FeedSite.Item("g" + (++guid), title, link, title + ". More text follows here.",
        clock.instant().minus(age));
  }

  FeedSite.Item item(String title) {
    return item(title, "https://news.example/" + (guid + 1), Duration.ofMinutes(1));
  }

  /** Moves the clock on and polls what is due. */
  PollReport pollAfter(Duration d) {
    clock.advance(d);
    return poller.pollOnce();
  }

  List<AlertOutbox.Entry> outbox() {
    return outbox.due(Instant.parse("9999-01-01T00:00:00Z"), 1000);
  }

  long count(String sql) {
    return db.read("test count", c -> {
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
        r.next();
        return r.getLong(1);
      }
    });
  }

  void exec(String sql) {
    db.write("test statement", c -> {
      try (Statement s = c.createStatement()) {
        s.execute(sql);
      }
      return null;
    });
  }

  @Override
  public void close() {
    poller.close();
    db.close();
    site.close();
  }
}
