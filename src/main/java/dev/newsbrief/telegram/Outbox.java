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

  /**
   * What came of a message handed to {@link #deliver}: its new id when it was sent; otherwise whether sending it
   * again later may succeed.
   *
   * @param messageId the new message's id, or null when it was not sent
   * @param mayPass   not sent for a reason that may pass (Telegram down, a dropped connection, a wait longer than
   *                  the outbox keeps up); false when sent, or when the refusal is final (the chat blocked the bot,
   *                  Telegram refuses the message itself)
   */
  record Delivery(Integer messageId, boolean mayPass) {
    /** Not sent, and sending it again would be refused again. */
    public static final Delivery REFUSED = new Delivery(null, false);
    /** Not sent this time; later it may be. */
    public static final Delivery NOT_NOW = new Delivery(null, true);

    public static Delivery sent(int messageId) {
      return new Delivery(messageId, false);
    }

    public boolean sent() {
      return messageId != null;
    }
  }

  /**
   * Sends like {@link #send(long, Integer, Integer, String, String, Keyboard)}, and tells a failure that may pass
   * from a final one, so a caller can keep the message for later only when later may help. An outbox that cannot
   * tell (the default) calls every failure final: nothing is kept in vain.
   */
  default Delivery deliver(long chatId, Integer threadId, Integer replyTo, String html, String previewUrl,
      Keyboard keyboard) {
    Integer id = send(chatId, threadId, replyTo, html, previewUrl, keyboard);
    return id != null ? Delivery.sent(id) : Delivery.REFUSED;
  }

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
