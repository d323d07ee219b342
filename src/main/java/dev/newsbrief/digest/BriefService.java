package dev.newsbrief.digest;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.newsbrief.extract.Article;
import dev.newsbrief.extract.ArticleExtractor;
import dev.newsbrief.extract.Extraction;
import dev.newsbrief.extract.LanguageDetector;
import dev.newsbrief.extract.Source;
import dev.newsbrief.extract.TextStats;
import dev.newsbrief.fetch.FetchException;
import dev.newsbrief.fetch.FetchedPage;
import dev.newsbrief.fetch.PageFetcher;
import dev.newsbrief.summarize.Summarizer;
import dev.newsbrief.summarize.Summary;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/**
 * URL in, {@link Brief} out: fetches, extracts and summarizes, caching by canonical URL.
 *
 * <p>Concurrent requests for one URL share one fetch: the article cache holds the in-flight load, so a second
 * caller waits on the first one's result. Failures are not cached. Thread-safe.
 */
public final class BriefService {
  /** Below this many words (or CJK characters) a page is not treated as an article. */
  static final int MIN_WORDS = 30;
  /** Characters an ordinary article stays well under; a bigger one takes the cache room of several. */
  static final int CHARS_PER_ENTRY = 64 * 1024;

  private final PageFetcher fetcher;
  private final ArticleExtractor extractor;
  private final Summarizer summarizer;
  private final AsyncLoadingCache<String, Extraction> articles;
  private final Cache<BriefKey, Brief> briefs;

  private record BriefKey(String canonicalUrl, int points) {
  }

  /**
   * @param maxEntries articles (and summaries) kept at most; one over {@link #CHARS_PER_ENTRY} characters counts
   *                   as several, so the caches hold at most about {@code maxEntries * CHARS_PER_ENTRY} characters
   * @param ttl        how long an entry lives after it was loaded
   * @param executor   runs fetches
   * @param ticker     the cache's clock; {@link Ticker#systemTicker()} outside tests
   */
  public BriefService(PageFetcher fetcher, ArticleExtractor extractor, Summarizer summarizer, long maxEntries,
      Duration ttl, Executor executor, Ticker ticker) {
    this.fetcher = fetcher;
    this.extractor = extractor;
    this.summarizer = summarizer;
    // Weighed by size: counted by entries, a thousand 5 MiB pages (gzip bombs cost a site nothing) would fill the heap.
    this.articles = Caffeine.newBuilder()
        .maximumWeight(maxEntries)
        .weigher((String url, Extraction x) -> entries(x.article()))
        .expireAfterWrite(ttl)
        .executor(executor)
        .ticker(ticker)
        .recordStats()
        .buildAsync(this::load);
    this.briefs = Caffeine.newBuilder().maximumWeight(maxEntries).weigher((BriefKey k, Brief b) -> entries(b))
        .expireAfterWrite(ttl).ticker(ticker).build();
  }

  /**
   * The brief for {@code url} with at most {@code points} key points.
   *
   * @throws FetchException      the page could not be fetched (message is one human line)
   * @throws NoArticleException  the page holds no article text
   */
  public Brief brief(String url, int points) throws FetchException, NoArticleException {
    String key = UrlCanonicalizer.canonicalize(url);
    Brief cached = briefs.getIfPresent(new BriefKey(key, points));
    if (cached != null) {
      return cached;
    }
    Brief brief = summarize(extractionAt(key), points);
    briefs.put(new BriefKey(key, points), brief);
    return brief;
  }

  /**
   * The article at {@code url} with the verdict on whether the page showed all of it, fetched at most once per
   * canonical URL while cached.
   */
  public Extraction extractionAt(String url) throws FetchException, NoArticleException {
    String key = UrlCanonicalizer.canonicalize(url);
    return await(key, url, articles.get(key));
  }

  /**
   * As {@link #extractionAt}, but a page neither cached nor being read already is read in the calling thread
   * instead of the cache's executor. For callers with threads of their own to spend, such as the feed poller
   * reading article leads: their fetches then stay within their own threads and never queue on, or hold up,
   * the executor that reads users' links. The result is cached and shared as with {@link #extractionAt}.
   */
  public Extraction extractionInThisThread(String url) throws FetchException, NoArticleException {
    String key = UrlCanonicalizer.canonicalize(url);
    CompletableFuture<Extraction> mine = new CompletableFuture<>();
    CompletableFuture<Extraction> load = articles.get(key, (k, executor) -> mine);
    if (load == mine) {
      try {
        mine.complete(load(key));
      } catch (Throwable e) { // every outcome completes it: callers who joined this read wait on it
        mine.completeExceptionally(e);
      }
    }
    return await(key, url, load);
  }

  private Extraction await(String key, String url, CompletableFuture<Extraction> load)
      throws FetchException, NoArticleException {
    try {
      return load.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(FetchException.Reason.TIMEOUT, url, "stopped while reading " + url);
    } catch (ExecutionException e) {
      // Caffeine drops a failed load on its own, but asynchronously; the next caller must try afresh.
      articles.asMap().remove(key, load);
      Throwable cause = e.getCause();
      if (cause instanceof FetchException fe) {
        throw fe;
      }
      if (cause instanceof NoArticleException nae) {
        throw nae;
      }
      throw new IllegalStateException("reading " + url + " failed", cause);
    }
  }

  /** The share of article requests answered from the cache since start, 0 to 1. */
  public double cacheHitRate() {
    return articles.synchronous().stats().hitRate();
  }

  /** Summarizes a whole article read by other means (a local file, a forwarded text). */
  public Brief summarize(Article article, int points) {
    return summarize(new Extraction(article, true, null), points);
  }

  /** Summarizes what a page showed; a preview says so in {@link Brief#previewReason()}. */
  public Brief summarize(Extraction extraction, int points) {
    Article article = extraction.article();
    Summary summary = summarizer.summarize(article, points);
    String language = article.language() != null ? article.language() : summary.language();
    return new Brief(article.url(), article.title(), article.siteName(), article.published(), language,
        summary.keyPoints(), article.sources(), summary.method(), TextStats.readingMinutes(article.text()),
        extraction.reason());
  }

  /**
   * The brief of a text that came without a link, such as a long forwarded post: its paragraphs are its
   * blank-line separated blocks or lines.
   */
  public Brief briefOfText(String text, int points) {
    Article article = extractor.fromText(text, null, null);
    if (article.language() == null) {
      article = article.withLanguage(LanguageDetector.detect(text));
    }
    return summarize(article, points);
  }

  /**
   * Extracts the article from a fetched or local page. A page that shows only part of it (a paywall after the
   * teaser, a login wall or JavaScript app with a description) gives that preview, and the verdict says so.
   *
   * @throws NoArticleException when the page has no article text at all; the message says why
   */
  public Extraction extraction(FetchedPage page) throws NoArticleException {
    String where = page.url() != null ? page.url() + ": " : "";
    Extraction x;
    if (page.isHtml()) {
      // The extractor judges completeness by the same measure: a complete article has MIN_WORDS words.
      x = extractor.read(page.body(), page.url());
      if (!x.hasText()) {
        throw new NoArticleException(page.url(), where + x.reason());
      }
    } else {
      Article text = extractor.fromText(page.body(), null, page.url());
      if (text.wordCount() < MIN_WORDS) {
        throw new NoArticleException(page.url(), where + "no article text found (the page may need a login or "
            + "JavaScript, or it is not an article)");
      }
      x = new Extraction(text, true, null);
    }
    Article article = x.article();
    if (article.language() == null) {
      article = article.withLanguage(LanguageDetector.detect(article.text()));
    }
    return new Extraction(article, x.complete(), x.reason());
  }

  /** The cache entries {@code article} is worth: 1, or more when it is over {@link #CHARS_PER_ENTRY} characters. */
  static int entries(Article article) {
    long chars = length(article.title()) + length(article.siteName()) + length(article.byline());
    for (String p : article.paragraphs()) {
      chars += p.length();
    }
    return entries(chars + sourceChars(article.sources()));
  }

  static int entries(Brief brief) {
    long chars = length(brief.title()) + length(brief.siteName()) + length(brief.previewReason());
    for (String p : brief.keyPoints()) {
      chars += p.length();
    }
    return entries(chars + sourceChars(brief.sources()));
  }

  private static long sourceChars(List<Source> sources) {
    long chars = 0;
    for (Source s : sources) {
      chars += length(s.title()) + length(s.publisher()) + length(s.url()) + length(s.date());
    }
    return chars;
  }

  private static int entries(long chars) {
    return (int) Math.min(Integer.MAX_VALUE, 1 + chars / CHARS_PER_ENTRY);
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }

  private Extraction load(String canonicalUrl) throws FetchException, NoArticleException {
    return extraction(fetcher.fetch(canonicalUrl));
  }
}
