package dev.newsbrief.telegram;

import java.util.Set;

/**
 * Who the bot answers and how much.
 *
 * @param maxLinks           links summarized from one message at most
 * @param perUserPerMinute   summaries one user may ask for in a minute
 * @param allowedIds         user or chat ids the bot answers; empty for everyone
 * @param adminIds           user ids allowed operator commands such as {@code /stats}
 */
public record ChatRules(int maxLinks, int perUserPerMinute, Set<Long> allowedIds, Set<Long> adminIds) {
  public ChatRules {
    allowedIds = Set.copyOf(allowedIds);
    adminIds = Set.copyOf(adminIds);
  }

  /** Everyone is answered, with the given link limit and a generous per-user rate. */
  public static ChatRules open(int maxLinks) {
    return new ChatRules(maxLinks, 10, Set.of(), Set.of());
  }

  boolean allows(long userId, long chatId) {
    return allowedIds.isEmpty() || allowedIds.contains(userId) || allowedIds.contains(chatId);
  }

  boolean isAdmin(long userId) {
    return adminIds.contains(userId);
  }
}
