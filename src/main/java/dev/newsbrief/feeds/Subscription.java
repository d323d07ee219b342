package dev.newsbrief.feeds;

import java.util.Objects;

/**
 * A chat's topic, as the matcher sees it.
 *
 * @param chatId         the chat to alert
 * @param subscriptionId the subscription's own id (in the store)
 * @param query          the parsed topic
 */
public record Subscription(long chatId, long subscriptionId, TopicQuery query) {
  /** @throws NullPointerException when {@code query} is null */
  public Subscription {
    Objects.requireNonNull(query, "query");
  }
}
