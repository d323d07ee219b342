package dev.newsbrief.feeds;

import dev.newsbrief.digest.NoArticleException;
import dev.newsbrief.fetch.FetchException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the article leads of a poll's items that may alert but say too little in the feed to match any topic
 * (a headline only, or a one-line teaser, as Chinese portals and aggregators give), so a story whose topic is in
 * its first paragraphs still alerts: "中俄东线管道南段贯通", whose lead says 天然气. Only the lead
 * ({@link ArticleLead}) is read for matching, never the whole body.
 *
 * <p>Bounded, since every read costs a site a request and a poller thread its time: at most
 * {@link #MAX_PER_FEED} items per feed and poll, the newest first, one after another in the calling thread, each
 * within the fetcher's own limits. A read that fails only means no lead: logged at debug, never thrown. A read
 * that timed out or could not connect ends the feed's reads for that poll: its articles mostly live on one site,
 * and a site that is slow or down would hold the thread a call deadline per item. Thread-safe.
 */
final class LeadReader {
  private static final Logger log = LoggerFactory.getLogger(LeadReader.class);
  /**
   * Below this many characters of title and feed text together an item says too little to be matched on them:
   * a headline (60-100 characters) with a one-line teaser stays under it, while a feed that gives its story's
   * opening paragraph (250 characters and more in English, a Chinese one about as many as a full lead) does not
   * need its article read.
   */
  static final int SHORT_TEXT = 200;
  /**
   * Reads per feed and poll at most: a feed polled every few minutes brings one to a few new items; a burst (a
   * portal publishing dozens at once) costs its site three requests and this thread at most three call deadlines.
   */
  static final int MAX_PER_FEED = 3;

  private final ArticleReader articles;

  LeadReader(ArticleReader articles) {
    this.articles = articles;
  }

  /** Whether an item's feed text is short enough, and it has a link, for its article's lead to be worth reading. */
  static boolean saysLittle(FeedItem item) {
    return item.link() != null && item.title().length() + item.summary().length() < SHORT_TEXT;
  }

  /**
   * The leads of at most {@link #MAX_PER_FEED} of {@code mayAlert}, newest first, among those that say little and
   * match no topic of {@code matcher} on their feed text.
   *
   * @return item id to its article's lead; an item whose article could not be read has none
   */
  Map<String, String> read(Collection<FeedItem> mayAlert, TopicMatcher matcher) {
    List<FeedItem> wanted = mayAlert.stream()
        .filter(LeadReader::saysLittle)
        .filter(item -> matcher.match(item.title(), item.summary()).isEmpty())
        .sorted(Comparator.comparing(FeedItem::published).reversed())
        .limit(MAX_PER_FEED)
        .toList();
    Map<String, String> leads = new HashMap<>();
    for (FeedItem item : wanted) {
      if (Thread.currentThread().isInterrupted()) {
        break; // the poller is closing: what was read still counts, the rest waits for no site
      }
      try {
        String lead = ArticleLead.of(articles.read(item.link()).article().paragraphs());
        if (!lead.isEmpty()) {
          leads.put(item.id(), lead);
        }
      } catch (FetchException e) {
        log.debug("no article lead for {}: {}", item.link(), e.getMessage());
        if (e.reason() == FetchException.Reason.TIMEOUT || e.reason() == FetchException.Reason.NETWORK) {
          break; // the site is slow or down: the next read would most likely wait as long
        }
      } catch (NoArticleException e) {
        log.debug("no article lead for {}: {}", item.link(), e.getMessage());
      } catch (RuntimeException e) {
        log.warn("reading the article lead of {} failed unexpectedly", item.link(), e); // a bug; the item counts
      }
    }
    return leads;
  }
}
