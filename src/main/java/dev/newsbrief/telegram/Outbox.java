package dev.newsbrief.telegram;

/** Where replies go: Telegram in production, the terminal in the console. Implementations are thread-safe. */
public interface Outbox {

  /**
   * Sends an HTML message.
   *
   * @param replyTo    the message to reply to, or null
   * @param previewUrl the link to preview, or null for no preview
   * @param keyboard   buttons under the message, or null
   * @return the new message's id, or null when it could not be sent
   */
  Integer send(long chatId, Integer threadId, Integer replyTo, String html, String previewUrl, Keyboard keyboard);

  /** Replaces a message's text and buttons; false when the message could not be edited. */
  boolean edit(long chatId, int messageId, String html, String previewUrl, Keyboard keyboard);

  /** Shows "typing…" in the chat for a few seconds. */
  void typing(long chatId, Integer threadId);

  /** Answers a button press (Telegram shows {@code text}, if any, as a brief notice). */
  void answerCallback(String callbackId, String text);

  /** True when {@code userId} administers {@code chatId}. */
  boolean isAdmin(long chatId, long userId);

  /**
   * The bytes of a file a user sent.
   *
   * @return the content, or null when it is bigger than {@code maxBytes} or could not be fetched
   */
  default byte[] download(String fileId, long maxBytes) {
    return null;
  }

  /** Sends {@code content} as a document called {@code fileName}; false when it could not be sent. */
  default boolean sendFile(long chatId, Integer threadId, String fileName, byte[] content, String caption) {
    return false;
  }

  /** Sends without buttons. */
  default Integer send(long chatId, Integer threadId, Integer replyTo, String html, String previewUrl) {
    return send(chatId, threadId, replyTo, html, previewUrl, null);
  }

  /** Edits, leaving no buttons. */
  default boolean edit(long chatId, int messageId, String html, String previewUrl) {
    return edit(chatId, messageId, html, previewUrl, null);
  }
}
