package dev.newsbrief.feeds;

import dev.newsbrief.fetch.FeedFetcher;
import dev.newsbrief.fetch.FeedResponse;
import dev.newsbrief.fetch.FetchException;
import dev.newsbrief.store.AlertOutbox;
import dev.newsbrief.store.Alerts;
import dev.newsbrief.store.Database;
import dev.newsbrief.store.Feeds;
import dev.newsbrief.store.SeenItems;
import dev.newsbrief.store.Stories;
import dev.newsbrief.store.Subscriptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feed engine: polls due feeds a few at a time, records new items into stories, and queues one alert per
 * chat and story in the store's alert outbox, in the same transaction that marks the items seen. Sending is
 * someone else's job (the outbox's consumer).
 *
 * <p>Only one poller may work on a database: constructing one takes an OS lock on {@code poller.lock} beside
 * the database file (released on {@link #close()} or when the process dies). Fetching and parsing run in the
 * pool; recording runs one feed at a time, as the database has one writer anyway. Given an {@link ArticleReader},
 * a feed's worker also reads the article leads of a few new items whose feed text is too short to match a topic
 * ({@link LeadReader}), before it takes the ingest lock, so a slow article site holds up no other feed.
 * Thread-safe.
 */
public final class FeedPoller implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
  /** Stories read into memory at start-up for clustering, at most. */
  private static final int INDEX_LOAD = 100_000;
  private static final Duration PRUNE_EVERY = Duration.ofHours(1);

  private final Feeds feeds;
  private final Subscriptions subscriptions;
  private final Stories stories;
  private final Alerts alerts;
  private final AlertOutbox outbox;
  private final FeedFetcher fetcher;
  private final FeedParser parser = new FeedParser();
  private final PollerOptions options;
  private final Clock clock;
  private final ExecutorService pool;
  private final boolean ownPool;
  private final PollerLock lock;
  private final Object ingestLock = new Object();
  private final StoryIndex index = new StoryIndex();
  private final AlertPlanner planner;
  private final FeedIngest ingest;
  /** Null when items are matched on their feed text only. */
  private final LeadReader leads;
  private ScheduledExecutorService loop;
  private Instant lastPrune;

  /**
   * A poller with its own pool of {@link PollerOptions#threads()} threads.
   *
   * @param subscriptions the instance the bot writes through, so topic changes rebuild the matcher
   * @throws IllegalStateException when another poller holds this database's lock
   */
  public FeedPoller(Database db, Subscriptions subscriptions, FeedFetcher fetcher, PollerOptions options,
      Clock clock) {
    this(db, subscriptions, fetcher, options, clock, null);
  }

  /** As above, fetching in {@code pool} (not shut down by {@link #close()}); null for an own pool. */
  public FeedPoller(Database db, Subscriptions subscriptions, FeedFetcher fetcher, PollerOptions options,
      Clock clock, ExecutorService pool) {
    this(db, subscriptions, fetcher, options, clock, pool, null);
  }

  /**
   * As above, and matching a new item whose feed text says too little on its article's lead too, read through
   * {@code articles}; null matches items on their feed text only.
   */
  public FeedPoller(Database db, Subscriptions subscriptions, FeedFetcher fetcher, PollerOptions options,
      Clock clock, ExecutorService pool, ArticleReader articles) {
    this.feeds = new Feeds(db, clock);
    this.subscriptions = subscriptions;
    this.stories = new Stories(db);
    this.alerts = new Alerts(db);
    this.outbox = new AlertOutbox(db, clock);
    this.fetcher = fetcher;
    this.options = options;
    this.clock = clock;
    this.ownPool = pool == null;
    this.pool = pool != null ? pool : Executors.newFixedThreadPool(options.threads(), r -> {
      Thread t = new Thread(r, "feed-poller");
      t.setDaemon(true);
      return t;
    });
    this.planner = new AlertPlanner(subscriptions);
    this.ingest = new FeedIngest(new SeenItems(db, clock), index, planner, options.maxAge(),
        options.maxNewPerPoll());
    this.leads = articles == null ? null : new LeadReader(articles);
    List<Stories.Recent> recent = stories.since(clock.instant().minus(options.maxAge()), INDEX_LOAD);
    for (int i = recent.size() - 1; i >= 0; i--) {
      Stories.Recent s = recent.get(i);
      index.add(s.id(), s.canonicalUrl(), Shingles.decode(s.shingles()), s.createdAt());
    }
    // taken last, so a constructor failing above leaves no lock behind (the pool has no threads until used)
    this.lock = db.file().toString().equals(":memory:") ? null : PollerLock.acquire(db.file());
  }

  /** Polls every feed due now and waits for them; for tests, benchmarks and the scheduled loop. */
  public PollReport pollOnce() {
    Instant now = clock.instant();
    TopicMatcher matcher;
    synchronized (ingestLock) {
      planner.refresh();
      matcher = planner.matcher();
      index.evict(now.minus(options.maxAge()));
      prune(now);
    }
    List<Future<PollReport>> polls = new ArrayList<>();
    for (Feeds.Row feed : feeds.due(now, 100_000)) {
      polls.add(pool.submit(() -> poll(feed, matcher)));
    }
    PollReport total = new PollReport(0, 0, 0, 0);
    for (Future<PollReport> poll : polls) {
      try {
        total = total.plus(poll.get());
      } catch (ExecutionException e) {
        log.warn("polling a feed failed unexpectedly", e.getCause());
        total = total.plus(new PollReport(1, 0, 0, 1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return total;
  }

  /** Polls due feeds every {@link PollerOptions#tick()} until {@link #close()}. */
  public synchronized void start() {
    if (loop != null) {
      return;
    }
    loop = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "feed-poll-loop");
      t.setDaemon(true);
      return t;
    });
    loop.scheduleWithFixedDelay(() -> {
      try {
        PollReport r = pollOnce();
        if (r.feedsPolled() > 0) {
          log.info("polled {} feeds: {} new items, {} alerts, {} failures", r.feedsPolled(), r.itemsNew(),
              r.alertsQueued(), r.failures());
        }
      } catch (RuntimeException e) {
        log.error("poll cycle failed", e); // the next tick tries again; a dead loop would poll nothing ever
      }
    }, 0, options.tick().toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * A new topic's look-back: queues alerts for at most {@code limit} of the latest stories of the last
   * {@link PollerOptions#maxAge()} that match it (on their feed text, or their article's lead when one was read)
   * and the chat was not sent, oldest of them first. Once per
   * topic: a topic whose look-back was queued gets nothing more.
   *
   * @return the alerts queued (0 for an unknown subscription or one already looked back for)
   */
  public int backfill(long chatId, long subscriptionId, int limit) {
    Subscriptions.Row row = subscriptions.get(chatId, subscriptionId).orElse(null);
    if (row == null) {
      return 0;
    }
    TopicQuery query = TopicQuery.parse(row.query());
    Instant now = clock.instant();
    Instant oldest = now.minus(options.maxAge());
    // the latest by publication: a feed primed today brings stories published long ago
    List<Stories.Recent> recent = new ArrayList<>(stories.since(oldest, INDEX_LOAD));
    recent.removeIf(s -> s.publishedAt() != null && s.publishedAt().isBefore(oldest));
    recent.sort(Comparator.comparing(Stories.Recent::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())));
    synchronized (ingestLock) {
      // Checked under the lock that the look-back's own write also holds: two look-backs of one topic (the
      // command and the resume at start) must not both queue, the second would pick older stories.
      if (!subscriptions.awaitsLookBack(chatId, subscriptionId)) {
        return 0;
      }
      List<AlertOutbox.StoryAlert> picked = new ArrayList<>();
      for (Stories.Recent s : recent) {
        if (picked.size() >= limit) {
          break;
        }
        if (matches(query, s) && alerts.get(chatId, s.id()).isEmpty()) {
          var intent = planner.intent(row, now);
          picked.add(0, new AlertOutbox.StoryAlert(chatId, s.id(), row.id(), row.query(), intent.dueAt(),
              intent.muted()));
        }
      }
      return outbox.enqueueLookBack(row.id(), picked);
    }
  }

  /**
   * Whether a stored story matches a topic as its poll would have: on its title and feed text, or else with its
   * article's lead too, when one was read (the feed text stays in, so an exclusion found there still excludes).
   */
  private static boolean matches(TopicQuery query, Stories.Recent story) {
    return query.matches(story.title(), story.summary())
        || story.articleLead() != null
        && query.matches(story.title(), ArticleLead.withFeedText(story.summary(), story.articleLead()));
  }

  /**
   * Queues the look-backs of topics stored before a crash that came before their look-back was queued.
   *
   * @return the alerts queued
   */
  public int resumeLookBacks(int limit) {
    int queued = 0;
    for (Subscriptions.Row row : subscriptions.awaitingLookBack()) {
      queued += backfill(row.chatId(), row.id(), limit);
    }
    return queued;
  }

  private PollReport poll(Feeds.Row feed, TopicMatcher matcher) {
    FeedResponse response;
    try {
      response = fetcher.fetch(feed.url(), feed.etag(), feed.lastModified());
    } catch (FetchException e) {
      return failed(feed, FailureCause.of(e), null);
    }
    long feedId = feed.id();
    if (response.movedTo() != null && !response.movedTo().equals(feed.url())) {
      feedId = feeds.moved(feed.id(), response.movedTo());
      if (feedId != feed.id()) {
        return new PollReport(1, 0, 0, 0); // another feed had that address already; it is polled on its own
      }
    }
    Instant now = clock.instant();
    switch (response.status()) {
      case NOT_MODIFIED -> {
        Duration requested = response.maxAge() != null ? response.maxAge()
            : feed.intervalSeconds() == null ? null : Duration.ofSeconds(feed.intervalSeconds());
        feeds.succeeded(feedId, success(feed, response, requested, now, null, null));
        return new PollReport(1, 0, 0, 0);
      }
      case GONE -> {
        feeds.stop(feedId, "gone (HTTP 410)");
        return new PollReport(1, 0, 0, 1);
      }
      case OK -> {
        return parsed(feed, response, now, matcher);
      }
      default -> {
        return failed(feed, FailureCause.of(response), response.retryAfter());
      }
    }
  }

  private PollReport parsed(Feeds.Row feed, FeedResponse response, Instant now, TopicMatcher matcher) {
    Feed parsed;
    try {
      parsed = parser.parse(response.body(), response.contentType(), response.url(), now);
    } catch (FeedException e) {
      return failed(feed, FailureCause.of(e), null);
    }
    String name = parsed.title().isBlank() ? feed.name() : parsed.title();
    Feeds.Success success = success(feed, response, PollSchedule.requested(parsed.ttlMinutes(),
        response.maxAge()), now, parsed.title().isBlank() ? null : parsed.title(), parsed.language());
    Map<String, String> leads = leads(feed, parsed, now, matcher);
    PollReport report;
    synchronized (ingestLock) {
      report = ingest.ingest(feed.id(), name, feed.primed(), parsed, leads, success, now);
    }
    return new PollReport(1, report.itemsNew(), report.alertsQueued(), 0);
  }

  /**
   * The article leads of the items of this poll that may alert but match no topic on their short feed text, by
   * item id; read before the ingest lock is taken, so a slow article site holds up no other feed.
   */
  private Map<String, String> leads(Feeds.Row feed, Feed parsed, Instant now, TopicMatcher matcher) {
    // nothing to read when a first poll only primes, no topic exists, or every item says enough in the feed
    if (leads == null || !feed.primed() || matcher.size() == 0
        || parsed.items().stream().noneMatch(LeadReader::saysLittle)) {
      return Map.of();
    }
    return leads.read(ingest.mayAlert(feed.id(), parsed.items(), now), matcher);
  }

  private static Feeds.Success success(Feeds.Row feed, FeedResponse r, Duration requested, Instant now,
      String title, String language) {
    Instant next = now.plus(PollSchedule.interval(requested));
    // a 304 may omit the validators; the stored ones still describe what we have
    String etag = r.etag() != null ? r.etag() : r.status() == FeedResponse.Status.NOT_MODIFIED ? feed.etag() : null;
    String lastModified = r.lastModified() != null ? r.lastModified()
        : r.status() == FeedResponse.Status.NOT_MODIFIED ? feed.lastModified() : null;
    Integer seconds = requested == null ? null : (int) Math.min(Integer.MAX_VALUE, requested.toSeconds());
    return new Feeds.Success(etag, lastModified, seconds, next, feed.builtin() ? null : title, language);
  }

  private PollReport failed(Feeds.Row feed, String cause, Duration retryAfter) {
    Instant next = clock.instant().plus(PollSchedule.backoff(feed.failures() + 1, retryAfter));
    feeds.failed(feed.id(), cause, next, options.noticeAfter());
    return new PollReport(1, 0, 0, 1);
  }

  /** Whoever closes the poller closes the database next: a poll still writing would fail noisily. */
  private static void awaitQuietly(ExecutorService executor) {
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void prune(Instant now) {
    if (lastPrune != null && Duration.between(lastPrune, now).compareTo(PRUNE_EVERY) < 0) {
      return;
    }
    lastPrune = now;
    stories.prune(now.minus(options.retention()), now.minus(options.retention().multipliedBy(4)));
  }

  /** Stops the loop and the own pool (waiting a few seconds for a poll in flight), and releases the lock. */
  @Override
  public synchronized void close() {
    if (loop != null) {
      loop.shutdownNow();
      awaitQuietly(loop);
      loop = null;
    }
    if (ownPool) {
      pool.shutdownNow();
      awaitQuietly(pool);
    }
    if (lock != null) {
      lock.close();
    }
  }
}
