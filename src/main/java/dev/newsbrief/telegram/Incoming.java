package dev.newsbrief.telegram;

import java.util.List;

/**
 * A message as the bot sees it, free of Telegram library types.
 *
 * @param chatId        the chat (52-bit ids: a long)
 * @param messageId     the message, for replying to it
 * @param threadId      the forum topic, or null
 * @param privateChat   true in a one-to-one chat with the bot
 * @param text          the text or caption, never null
 * @param links         links in the text or caption, in order
 * @param replyLinks    links in the message this one replies to
 * @param forwardedFrom who the message was forwarded from, or null
 * @param userId        who sent it (0 when unknown, e.g. a channel post)
 * @param userLanguage  the sender's Telegram app language ({@code language_code}), or null
 * @param repliedTo     the @username (without @) of the author of the message this one replies to, or null
 * @param document      a file sent with the message, or null
 */
public record Incoming(
    long chatId,
    int messageId,
    Integer threadId,
    boolean privateChat,
    String text,
    List<String> links,
    List<String> replyLinks,
    String forwardedFrom,
    long userId,
    String userLanguage,
    String repliedTo,
    Document document) {

  /** A file a user sent: Telegram's id to download it, its name and type as sent, and its size in bytes. */
  public record Document(String fileId, String fileName, String mimeType, long size) {
  }

  /** A message without a file. */
  public Incoming(long chatId, int messageId, Integer threadId, boolean privateChat, String text, List<String> links,
      List<String> replyLinks, String forwardedFrom, long userId, String userLanguage, String repliedTo) {
    this(chatId, messageId, threadId, privateChat, text, links, replyLinks, forwardedFrom, userId, userLanguage,
        repliedTo, null);
  }

  /**
   * Characters of a message the bot reads at most: Telegram's own limit for a message's text. Longer text
   * (the console, a future API) is cut there, and links beyond it are not looked for.
   */
  public static final int MAX_TEXT = 4096;

  public Incoming {
    text = text == null ? "" : cap(text);
    links = List.copyOf(links);
    replyLinks = List.copyOf(replyLinks);
  }

  /** {@code text} cut to {@link #MAX_TEXT} characters, never inside a surrogate pair; null stays null. */
  static String cap(String text) {
    if (text == null || text.length() <= MAX_TEXT) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
    return text.substring(0, end);
  }
}
