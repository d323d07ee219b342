package dev.newsbrief.cli;

import dev.newsbrief.feeds.FeedPoller;
import dev.newsbrief.feeds.PollReport;
import dev.newsbrief.feeds.PollerOptions;
import dev.newsbrief.feeds.Subscription;
import dev.newsbrief.fetch.FeedFetcher;
import dev.newsbrief.fetch.FetchPolicy;
import dev.newsbrief.fetch.PageFetcher;
import dev.newsbrief.store.Database;
import dev.newsbrief.store.Feeds;
import dev.newsbrief.store.Subscriptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * {@code bench poll}: times whole poll cycles of the real feed engine (fetch, parse, cluster, match, record in a
 * temp-dir SQLite database) against N feeds served on 127.0.0.1, which only this command's fetch policy may
 * reach. The first cycle primes every feed; before the second, one feed in ten gets a new item and the rest
 * answer 304.
 */
final class BenchPollCommand {
  static final String HELP = """
        poll           times two poll cycles of the feed engine against N local feeds (127.0.0.1 only) with a
                       temporary database: the first primes every feed, the second sees 304s and new items in one
                       feed of ten. Options: --feeds N (default 500), --items K per feed (20), --threads T (4),
                       --subscriptions S (1000). Prints {feeds, itemsPerFeed, threads, firstCycleMs, firstItems,
                       secondCycleMs, secondNewItems, notModified, alertsQueued, failures}.
      """;
  private static final long SEED = 20261128L;

  private final LongSupplier nanoTime;
  private final PrintStream out;

  BenchPollCommand(LongSupplier nanoTime, PrintStream out) {
    this.nanoTime = nanoTime;
    this.out = out;
  }

  int run(List<String> args) throws UsageException, IOException {
    Options o = Options.parse(args, Set.of(), Set.of("--feeds", "--items", "--threads", "--subscriptions"));
    if (!o.positional().isEmpty()) {
      throw new UsageException("unexpected argument '" + o.positional().get(0) + "'");
    }
    int feedCount = o.intValue("--feeds", 1, 100_000, 500);
    int items = o.intValue("--items", 1, 1000, 20);
    int threads = o.intValue("--threads", 1, 64, 4);
    int subscriptionCount = o.intValue("--subscriptions", 0, 1_000_000, 1000);
    Random random = new Random(SEED);
    SteppedClock clock = new SteppedClock(Instant.now());
    Path dir = Files.createTempDirectory("newsbrief-bench-poll");
    try (LocalFeedServer site = new LocalFeedServer(feedCount, items, random, clock.instant());
        Database db = Database.open(dir)) {
      Subscriptions subscriptions = new Subscriptions(db, clock);
      for (Subscription s : BenchMatchCommand.subscriptions(random, subscriptionCount, 100)) {
        subscriptions.add(s.chatId(), s.query().text(), s.query().canonical(), Integer.MAX_VALUE);
      }
      Feeds feeds = new Feeds(db, clock);
      for (int f = 0; f < feedCount; f++) {
        feeds.add(1 + f % 50, site.url(f), null);
      }
      FetchPolicy policy = FetchPolicy.defaults().withAllowPrivate(Set.of("127.0.0.1:" + site.port()));
      FeedFetcher fetcher = new FeedFetcher(new PageFetcher(policy), clock);
      Map<String, Object> m = new LinkedHashMap<>();
      try (FeedPoller poller = new FeedPoller(db, subscriptions, fetcher,
          PollerOptions.defaults().withThreads(threads), clock)) {
        long start = nanoTime.getAsLong();
        PollReport first = poller.pollOnce();
        long firstNanos = nanoTime.getAsLong() - start;
        clock.advance(Duration.ofMinutes(10));
        for (int f = 0; f < feedCount; f += 10) {
          site.publish(f, clock.instant().minusSeconds(30));
        }
        int before = site.notModified.get();
        start = nanoTime.getAsLong();
        PollReport second = poller.pollOnce();
        long secondNanos = nanoTime.getAsLong() - start;
        m.put("feeds", feedCount);
        m.put("itemsPerFeed", items);
        m.put("threads", threads);
        m.put("firstCycleMs", firstNanos / 1_000_000);
        m.put("firstItems", first.itemsNew());
        m.put("secondCycleMs", secondNanos / 1_000_000);
        m.put("secondNewItems", second.itemsNew());
        m.put("notModified", site.notModified.get() - before);
        m.put("alertsQueued", second.alertsQueued());
        m.put("failures", first.failures() + second.failures());
      }
      out.println(JsonOutput.line(m));
      return Main.EXIT_OK;
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The poller's clock: wall time at the start, then moved by hand so the second cycle finds feeds due. */
  private static final class SteppedClock extends Clock {
    private volatile Instant now;

    SteppedClock(Instant start) {
      now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
