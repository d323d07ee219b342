package dev.newsbrief.feeds;

/**
 * A subscription an item matches, and why.
 *
 * @param subscription the matching subscription
 * @param matched      the required terms of the alternative that matched, as typed, for "matched: 天然气"
 */
public record TopicMatch(Subscription subscription, String matched) {
}
