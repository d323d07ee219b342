/**
 * Polling RSS/Atom/JSON feeds ({@link dev.newsbrief.feeds.FeedPoller}), grouping items into stories, matching them
 * to topics and queueing one alert per chat and story in the store's outbox; {@link dev.newsbrief.feeds.FeedProbe}
 * checks an address before a chat adds it.
 */
package dev.newsbrief.feeds;
