package dev.newsbrief.telegram;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.newsbrief.digest.BriefService;
import dev.newsbrief.extract.ArticleExtractor;
import dev.newsbrief.feeds.FeedProbe;
import dev.newsbrief.fetch.FeedFetcher;
import dev.newsbrief.fetch.FetchPolicy;
import dev.newsbrief.fetch.PageFetcher;
import dev.newsbrief.summarize.ExtractiveSummarizer;
import dev.newsbrief.testing.FakeTelegram;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import mockwebserver3.MockWebServer;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The running bot as the end-to-end suites start it against a {@link FakeTelegram}: the real page fetcher, brief
 * service, alert desk (without look-back) and {@link NewsbriefBot#start}, nothing mocked. The knobs are what the
 * suites vary: the one loopback site pages may come from, the alerts' clock, and how the bot waits.
 */
final class BotWiring {
  /** Waits between Bot API attempts that a bot started with {@link #start(String, FakeTelegram, ChatMemory,
   * Duration)} recorded instead of sleeping, in order. */
  final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());
  final PageFetcher pages;
  final BriefService briefs;
  private final Clock clock;

  private BotWiring(FetchPolicy policy, Clock clock) {
    this.pages = new PageFetcher(policy);
    this.briefs = new BriefService(pages, new ArticleExtractor(), new ExtractiveSummarizer(), 100,
        Duration.ofMinutes(5), Runnable::run, Ticker.systemTicker());
    this.clock = clock;
  }

  /** A bot that reaches no site: for suites that send commands only. */
  static BotWiring withoutSites(Clock clock) {
    return new BotWiring(FetchPolicy.defaults(), clock);
  }

  /** A bot that may fetch pages and feeds from {@code site} on 127.0.0.1. */
  static BotWiring reaching(MockWebServer site, Clock clock) {
    return new BotWiring(FetchPolicy.defaults().withAllowPrivate(Set.of("127.0.0.1:" + site.getPort())), clock);
  }

  /** An alert desk on this clock without look-back: 50 topics and 30 feeds per chat. */
  AlertDesk desk() {
    return new AlertDesk(new FeedProbe(new FeedFetcher(pages, clock), clock), AlertDesk.LookBack.NONE, 50, 30, clock,
        "");
  }

  /**
   * Starts the bot over {@code memory} with the shipped limits (4 link workers, 100 waiting, 10 summaries per user
   * and minute). Waits between attempts are recorded in {@link #pauses}, not slept; alerts go out every 50 ms and
   * stored links and replies are tried again every {@code retryEvery}.
   */
  NewsbriefBot start(String token, FakeTelegram telegram, ChatMemory memory, Duration retryEvery)
      throws TelegramApiException {
    NewsbriefBot.Pacing pacing = new NewsbriefBot.Pacing(d -> pauses.add(d) || true, Duration.ofMillis(50),
        retryEvery);
    return NewsbriefBot.start(token, settings(telegram), briefs, memory, pacing);
  }

  /** Starts the bot as {@link #start(String, FakeTelegram, ChatMemory, Duration)} does, but waiting in real time. */
  NewsbriefBot startInRealTime(String token, FakeTelegram telegram, ChatMemory memory) throws TelegramApiException {
    return NewsbriefBot.start(token, settings(telegram), briefs, memory);
  }

  private NewsbriefBot.Settings settings(FakeTelegram telegram) {
    return new NewsbriefBot.Settings(telegram.apiUrl(), 4, 100, new ChatRules(3, 10, Set.of(), Set.of()), desk());
  }
}
