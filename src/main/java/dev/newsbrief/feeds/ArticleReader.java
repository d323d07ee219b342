package dev.newsbrief.feeds;

import dev.newsbrief.digest.NoArticleException;
import dev.newsbrief.extract.Extraction;
import dev.newsbrief.fetch.FetchException;

/**
 * Where the poller reads the article behind a feed item whose feed text says too little to match a topic. A port,
 * so the bot can hand over its brief service's cached reader ({@code BriefService::extractionInThisThread}): the
 * alert's key points, read from the same link when it is sent, then come from the same fetch, and every guard of
 * the fetcher (addresses, size, time) applies. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ArticleReader {
  /**
   * The article at {@code link}.
   *
   * @throws FetchException     the page could not be fetched
   * @throws NoArticleException the page holds no article text
   */
  Extraction read(String link) throws FetchException, NoArticleException;
}
