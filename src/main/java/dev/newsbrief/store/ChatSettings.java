package dev.newsbrief.store;

/**
 * How one chat wants its summaries.
 *
 * @param chatId           the chat
 * @param points           key points per summary (1-10)
 * @param linkPreview      show Telegram's preview of the article under the summary
 * @param summarizeAll     in groups: summarize every link, not only {@code /sum}
 * @param language         interface language chosen with {@code /lang}, or null to follow the user's app
 */
public record ChatSettings(long chatId, int points, boolean linkPreview, boolean summarizeAll, String language) {

  public ChatSettings {
    if (points < 1 || points > 10) {
      throw new IllegalArgumentException("points must be between 1 and 10: " + points);
    }
  }

  /** What a chat gets before it changes anything. */
  public static ChatSettings defaults(long chatId, int points) {
    return new ChatSettings(chatId, points, true, false, null);
  }

  public ChatSettings withPoints(int newPoints) {
    return new ChatSettings(chatId, newPoints, linkPreview, summarizeAll, language);
  }

  public ChatSettings withLinkPreview(boolean on) {
    return new ChatSettings(chatId, points, on, summarizeAll, language);
  }

  /** A copy with another interface language; null follows the user's Telegram app. */
  public ChatSettings withLanguage(String newLanguage) {
    return new ChatSettings(chatId, points, linkPreview, summarizeAll, newLanguage);
  }

  public ChatSettings withSummarizeAll(boolean on) {
    return new ChatSettings(chatId, points, linkPreview, on, language);
  }
}
