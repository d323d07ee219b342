package dev.newsbrief.store;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Short replies Telegram could not take for a reason that may pass, kept until it takes them: a command's effect
 * is stored at once, so its confirmation must not be the one thing an outage loses. Rows of a chat are sent in
 * the order of their ids. Thread-safe.
 */
public final class UnsentReplies {
  /**
   * One reply waiting to be sent.
   *
   * @param threadId the forum topic, or null
   * @param replyTo  the message it answers, or null
   * @param keyboard its inline keyboard as its sender encoded it, or null
   */
  public record Reply(long id, long chatId, Integer threadId, Integer replyTo, String html, String keyboard,
      Instant createdAt) {
  }

  private final Database db;
  private final Clock clock;

  public UnsentReplies(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Keeps a reply behind the chat's earlier ones; returns its id. */
  public long add(long chatId, Integer threadId, Integer replyTo, String html, String keyboard) {
    return db.write("storing an unsent reply", c -> {
      try (PreparedStatement s = Sql.prepareInsert(c, """
          INSERT INTO unsent_replies (chat_id, thread_id, reply_to, html, keyboard, created_at)
          VALUES (?, ?, ?, ?, ?, ?)""")) {
        s.setLong(1, chatId);
        s.setObject(2, threadId);
        s.setObject(3, replyTo);
        s.setString(4, html);
        s.setString(5, keyboard);
        s.setLong(6, clock.millis());
        return Sql.insert(s);
      }
    });
  }

  /** The chat's waiting replies, oldest first. */
  public List<Reply> of(long chatId) {
    return db.read("reading unsent replies", c -> Sql.query(c, """
        SELECT id, chat_id, thread_id, reply_to, html, keyboard, created_at FROM unsent_replies
        WHERE chat_id = ? ORDER BY id""", r -> new Reply(r.getLong(1), r.getLong(2), Sql.nullableInt(r, 3),
        Sql.nullableInt(r, 4), r.getString(5), r.getString(6), Instant.ofEpochMilli(r.getLong(7))), chatId));
  }

  /** Chats with replies waiting, the one waiting longest first. */
  public List<Long> chats() {
    return db.read("reading chats with unsent replies", c -> Sql.query(c,
        "SELECT chat_id FROM unsent_replies GROUP BY chat_id ORDER BY MIN(id)", r -> r.getLong(1)));
  }

  /** Telegram took the reply, or it is given up: forget it. */
  public void delete(long id) {
    db.write("deleting an unsent reply", c -> Sql.update(c, "DELETE FROM unsent_replies WHERE id = ?", id));
  }

  /** A group became a supergroup: its waiting replies go to the new chat, still in order. */
  public void moveChat(long oldChatId, long newChatId) {
    db.write("moving the unsent replies of chat " + oldChatId,
        c -> Sql.update(c, "UPDATE unsent_replies SET chat_id = ? WHERE chat_id = ?", newChatId, oldChatId));
  }

  /** Replies waiting in all chats. */
  public int count() {
    return db.read("counting unsent replies", c -> Sql.query(c, "SELECT COUNT(*) FROM unsent_replies",
        r -> r.getInt(1)).get(0));
  }
}
