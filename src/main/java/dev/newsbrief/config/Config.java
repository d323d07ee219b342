package dev.newsbrief.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Every setting, parsed and validated once. Build it with {@link ConfigLoader}.
 *
 * @param botToken           the Telegram bot token; never printed
 * @param telegramApiUrl     Bot API base URL (scheme, host, optional port)
 * @param dataDir            where state lives
 * @param allowPrivate       private hosts the fetcher may reach ({@code host}, {@code host:port}, {@code *})
 * @param allowedPorts       ports any public site may be fetched on
 * @param connectTimeout     per connection attempt
 * @param callTimeout        deadline for a whole fetch
 * @param maxBodyBytes       cap on bytes read from a page
 * @param maxRedirects       redirects followed at most
 * @param cacheMaxEntries    summaries kept in memory
 * @param cacheTtl           how long a summary is kept
 * @param summaryPoints      default number of key points
 * @param botWorkers         links summarized in parallel by the bot
 * @param botQueueSize       links waiting for a worker at most; past it the bot answers "busy, try again later"
 * @param maxLinksPerMessage links summarized from one message at most
 * @param summariesPerUserPerMinute summaries one user may ask for in a minute
 * @param allowedIds         user or chat ids the bot answers; empty for everyone
 * @param adminIds           user ids allowed operator commands
 * @param feedsFile          the built-in feed list (YAML); a missing file means no built-in feeds
 * @param feedPollThreads    feeds fetched at the same time
 * @param maxItemAge         older feed items are never alerted (e.g. after a long stop)
 * @param matchArticleLead   whether a new item whose feed text is too short to match a topic is matched on its
 *                           article's lead too (a few articles per feed and poll are read for it)
 * @param searchFeedTemplate a news search feed URL with {@code {query}}, added for each topic; empty for none
 * @param maxTopicsPerChat   topics one chat may follow
 * @param maxFeedsPerChat    feeds one chat may add
 */
public record Config(
    Secret botToken,
    String telegramApiUrl,
    Path dataDir,
    List<String> allowPrivate,
    Set<Integer> allowedPorts,
    Duration connectTimeout,
    Duration callTimeout,
    long maxBodyBytes,
    int maxRedirects,
    int cacheMaxEntries,
    Duration cacheTtl,
    int summaryPoints,
    int botWorkers,
    int botQueueSize,
    int maxLinksPerMessage,
    int summariesPerUserPerMinute,
    Set<Long> allowedIds,
    Set<Long> adminIds,
    Path feedsFile,
    int feedPollThreads,
    Duration maxItemAge,
    boolean matchArticleLead,
    String searchFeedTemplate,
    int maxTopicsPerChat,
    int maxFeedsPerChat) {

  public Config {
    allowPrivate = List.copyOf(allowPrivate);
    allowedPorts = Set.copyOf(allowedPorts);
    allowedIds = Set.copyOf(allowedIds);
    adminIds = Set.copyOf(adminIds);
  }
}
