package dev.newsbrief.telegram;

import dev.newsbrief.store.AlertOutbox;
import dev.newsbrief.store.Alerts;
import dev.newsbrief.store.BriefMessages;
import dev.newsbrief.store.Feeds;
import dev.newsbrief.store.Stories;
import dev.newsbrief.store.Subscriptions;
import dev.newsbrief.store.ChatSettingsTable;
import dev.newsbrief.store.Database;
import dev.newsbrief.store.HandledMessages;
import dev.newsbrief.store.InactiveChats;
import dev.newsbrief.store.PendingLinks;
import dev.newsbrief.store.UnsentReplies;
import java.time.Clock;

/**
 * What the bot remembers between messages, all in one database: each chat's settings, which messages were
 * answered, which article each summary message shows, which chats refuse delivery, which links still await
 * their reply, the topic alerts' tables (topics, feeds, stories, alerts sent and to send), and the short replies
 * Telegram has not taken yet.
 */
public record ChatMemory(ChatSettingsTable settings, HandledMessages handled, BriefMessages briefs,
    InactiveChats inactive, PendingLinks pending, Subscriptions subscriptions, Feeds feeds, Stories stories,
    Alerts alerts, AlertOutbox alertOutbox, UnsentReplies unsentReplies) {

  /**
   * The tables of {@code db}; {@code defaultPoints} is the summary length for chats that chose none. The feed
   * poller must share {@link #subscriptions()}, so topic changes reach its matcher at once.
   */
  public static ChatMemory of(Database db, Clock clock, int defaultPoints) {
    return new ChatMemory(new ChatSettingsTable(db, clock, defaultPoints), new HandledMessages(db, clock),
        new BriefMessages(db, clock), new InactiveChats(db, clock), new PendingLinks(db, clock),
        new Subscriptions(db, clock), new Feeds(db, clock), new Stories(db), new Alerts(db),
        new AlertOutbox(db, clock), new UnsentReplies(db, clock));
  }
}
