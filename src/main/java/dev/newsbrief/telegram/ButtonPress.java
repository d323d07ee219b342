package dev.newsbrief.telegram;

/**
 * A press on one of the bot's inline buttons, free of Telegram library types.
 *
 * @param id          the callback query id, to answer it
 * @param chatId      the chat of the message the button is under
 * @param messageId   that message
 * @param userId      who pressed
 * @param privateChat true in a one-to-one chat with the bot
 * @param data        the button's callback data
 * @param userLanguage the presser's Telegram app language, or null
 */
public record ButtonPress(String id, long chatId, int messageId, long userId, boolean privateChat, String data,
    String userLanguage) {
}
