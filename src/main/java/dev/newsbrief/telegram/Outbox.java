package dev.newsbrief.telegram;

/** Where replies go: Telegram in production, the terminal in the console. Implementations are thread-safe. */
public interface Outbox {

  /**
   * Sends an HTML message.
   *
   * @param replyTo    the message to reply to, or null
   * @param previewUrl the link to preview, or null for no preview
   * @return the new message's id, or null when it could not be sent
   */
  Integer send(long chatId, Integer threadId, Integer replyTo, String html, String previewUrl);

  /** Replaces a message's text; false when the message could not be edited. */
  boolean edit(long chatId, int messageId, String html, String previewUrl);

  /** Shows "typing…" in the chat for a few seconds. */
  void typing(long chatId, Integer threadId);
}
