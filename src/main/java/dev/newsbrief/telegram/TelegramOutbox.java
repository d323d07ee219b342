package dev.newsbrief.telegram;

import java.io.Serializable;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends and edits messages through the Bot API. Waits out 429 with the {@code retry_after} Telegram gives,
 * and resends as plain text once if Telegram cannot parse the HTML.
 */
final class TelegramOutbox implements Outbox {
  private static final Logger log = LoggerFactory.getLogger(TelegramOutbox.class);
  static final int MAX_ATTEMPTS = 4;
  static final int MAX_RETRY_AFTER_SECONDS = 60;

  private final TelegramClient client;

  TelegramOutbox(TelegramClient client) {
    this.client = client;
  }

  @Override
  public Integer send(long chatId, Integer threadId, Integer replyTo, String html, String previewUrl) {
    SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder()
        .chatId(chatId)
        .messageThreadId(threadId)
        .text(html)
        .parseMode(ParseMode.HTML)
        .linkPreviewOptions(preview(previewUrl));
    if (replyTo != null) {
      b.replyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
    }
    Message sent = call(b.build(), b.text(Html.toPlain(html)).parseMode(null).build());
    return sent == null ? null : sent.getMessageId();
  }

  @Override
  public boolean edit(long chatId, int messageId, String html, String previewUrl) {
    EditMessageText.EditMessageTextBuilder<?, ?> b = EditMessageText.builder()
        .chatId(chatId)
        .messageId(messageId)
        .text(html)
        .parseMode(ParseMode.HTML)
        .linkPreviewOptions(preview(previewUrl));
    return call(b.build(), b.text(Html.toPlain(html)).parseMode(null).build()) != null;
  }

  @Override
  public void typing(long chatId, Integer threadId) {
    SendChatAction action = SendChatAction.builder().chatId(chatId).messageThreadId(threadId).action("typing").build();
    try {
      client.execute(action);
    } catch (TelegramApiException e) {
      // Typing is a courtesy: failing to show it must not disturb the reply.
      log.debug("typing action failed: {}", e.getMessage());
    }
  }

  private static LinkPreviewOptions preview(String url) {
    return url == null ? LinkPreviewOptions.builder().isDisabled(true).build()
        : LinkPreviewOptions.builder().urlField(url).preferSmallMedia(true).build();
  }

  /** Executes {@code method}; on an HTML parse error executes {@code plain} instead. Null when it failed. */
  private <T extends Serializable> T call(BotApiMethod<T> method, BotApiMethod<T> plain) {
    BotApiMethod<T> current = method;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        return client.execute(current);
      } catch (TelegramApiRequestException e) {
        Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        if (retryAfter != null && retryAfter <= MAX_RETRY_AFTER_SECONDS && attempt < MAX_ATTEMPTS) {
          // Telegram says exactly how long to wait; the same message goes again after that.
          if (!pause(retryAfter)) {
            return null;
          }
        } else if (isParseError(e) && current != plain) {
          // Our HTML is escaped, but never lose a reply to a markup mistake: plain text says the same.
          current = plain;
        } else {
          log.warn("{} failed: {} {}", method.getMethod(), e.getErrorCode(), e.getApiResponse());
          return null;
        }
      } catch (TelegramApiException e) {
        log.warn("{} failed: {}", method.getMethod(), e.getMessage());
        return null;
      }
    }
    return null;
  }

  private static boolean isParseError(TelegramApiRequestException e) {
    Integer code = e.getErrorCode();
    String response = e.getApiResponse();
    return code != null && code == 400 && response != null && response.contains("can't parse entities");
  }

  private static boolean pause(int seconds) {
    try {
      TimeUnit.SECONDS.sleep(seconds);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
