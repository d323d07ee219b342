package dev.newsbrief.telegram;

import dev.newsbrief.store.InactiveChats;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends and edits messages through the Bot API, so that a reply is not lost to a passing fault: waits out
 * 429 for the {@code retry_after} Telegram gives, backs off and retries on 5xx and dropped connections,
 * resends as plain text once if Telegram cannot parse the HTML, takes "message is not modified" as done, and
 * follows a group that became a supergroup ({@code migrate_to_chat_id}) with the message and the chat's state.
 * A 403 (blocked, kicked) or another 400 is final and logged. {@link #deliver} tells the two apart for a caller
 * that keeps a message for later: a fault that outlasted the retries may pass, a refusal is final.
 */
final class TelegramOutbox implements Outbox {
  private static final Logger log = LoggerFactory.getLogger(TelegramOutbox.class);
  static final int MAX_ATTEMPTS = 5;
  static final int MAX_RETRY_AFTER_SECONDS = 60;

  private final TelegramClient client;
  private final Pauser pauser;
  private final SendThrottle throttle;
  private final InactiveChats inactive;
  private final FileStore files;
  private volatile ChatMover mover = (from, to) -> { };

  /** Moves a chat's state when Telegram says the group became a supergroup with a new id. */
  @FunctionalInterface
  interface ChatMover {
    void chatMigrated(long oldChatId, long newChatId);
  }

  /**
   * Where users' files are downloaded from: the Bot API's {@code /file/bot<token>/<path>}. TelegramBots builds
   * that address for api.telegram.org only, so a local Bot API server needs it built here. Never printed.
   */
  record FileStore(okhttp3.OkHttpClient http, String apiUrl, String token) {
    okhttp3.HttpUrl url(String filePath) {
      return okhttp3.HttpUrl.get(apiUrl + "/file/bot" + token + "/" + filePath);
    }

    @Override
    public String toString() {
      return "FileStore[" + apiUrl + "]";
    }
  }

  TelegramOutbox(TelegramClient client, InactiveChats inactive, FileStore files) {
    this(client, Pauser.SLEEP, SendThrottle.realTime(), inactive, files);
  }

  TelegramOutbox(TelegramClient client, Pauser pauser, SendThrottle throttle, InactiveChats inactive) {
    this(client, pauser, throttle, inactive, null);
  }

  TelegramOutbox(TelegramClient client, Pauser pauser, SendThrottle throttle, InactiveChats inactive,
      FileStore files) {
    this.client = client;
    this.pauser = pauser;
    this.throttle = throttle;
    this.inactive = inactive;
    this.files = files;
  }

  /** Tells {@code mover} about every group found to have become a supergroup. */
  void onChatMigrated(ChatMover mover) {
    this.mover = mover;
  }

  @Override
  public Integer send(long chatId, Integer threadId, Integer replyTo, String html, String previewUrl,
      Keyboard keyboard) {
    return deliver(chatId, threadId, replyTo, html, previewUrl, keyboard).messageId();
  }

  @Override
  public Delivery deliver(long chatId, Integer threadId, Integer replyTo, String html, String previewUrl,
      Keyboard keyboard) {
    SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder()
        .chatId(chatId)
        .messageThreadId(threadId)
        .text(html)
        .parseMode(ParseMode.HTML)
        .linkPreviewOptions(preview(previewUrl))
        .replyMarkup(markup(keyboard));
    if (replyTo != null) {
      b.replyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
    }
    if (inactive.isInactive(chatId)) {
      return Delivery.REFUSED;
    }
    if (!throttle.await(chatId)) {
      return Delivery.NOT_NOW; // interrupted: the bot is stopping
    }
    Result<Message> sent = call(b.build(), b.text(Html.toPlain(html)).parseMode(null).replyMarkup(null)
        .linkPreviewOptions(preview(null)).build());
    return sent.value() != null ? Delivery.sent(sent.value().getMessageId()) : new Delivery(null, sent.mayPass());
  }

  @Override
  public boolean edit(long chatId, int messageId, String html, String previewUrl, Keyboard keyboard) {
    EditMessageText.EditMessageTextBuilder<?, ?> b = EditMessageText.builder()
        .chatId(chatId)
        .messageId(messageId)
        .text(html)
        .parseMode(ParseMode.HTML)
        .linkPreviewOptions(preview(previewUrl))
        .replyMarkup(markup(keyboard));
    if (inactive.isInactive(chatId) || !throttle.await(chatId)) {
      return false;
    }
    return call(b.build(), b.text(Html.toPlain(html)).parseMode(null).replyMarkup(null)
        .linkPreviewOptions(preview(null)).build()).delivered();
  }

  @Override
  public byte[] download(String fileId, long maxBytes) {
    try {
      org.telegram.telegrambots.meta.api.objects.File file = client.execute(
          org.telegram.telegrambots.meta.api.methods.GetFile.builder().fileId(fileId).build());
      if (files == null || file.getFilePath() == null
          || file.getFileSize() != null && file.getFileSize() > maxBytes) {
        return null;
      }
      okhttp3.Request request = new okhttp3.Request.Builder().url(files.url(file.getFilePath())).build();
      try (okhttp3.Response response = files.http().newCall(request).execute()) {
        if (!response.isSuccessful()) {
          log.info("downloading a file failed: HTTP {}", response.code());
          return null;
        }
        byte[] bytes = response.body().byteStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return bytes.length > maxBytes ? null : bytes;
      }
    } catch (TelegramApiException | java.io.IOException | IllegalArgumentException e) {
      // The exception may name the URL, and the URL holds the token: log the kind only.
      log.info("downloading a file failed: {}", e.getClass().getSimpleName());
      return null;
    }
  }

  @Override
  public boolean sendFile(long chatId, Integer threadId, String fileName, byte[] content, String caption) {
    if (inactive.isInactive(chatId) || !throttle.await(chatId)) {
      return false;
    }
    try {
      client.execute(org.telegram.telegrambots.meta.api.methods.send.SendDocument.builder().chatId(chatId)
          .messageThreadId(threadId).caption(caption)
          .document(new org.telegram.telegrambots.meta.api.objects.InputFile(
              new java.io.ByteArrayInputStream(content), fileName))
          .build());
      return true;
    } catch (TelegramApiException e) {
      log.info("sending a file failed: {}", e.getMessage());
      return false;
    }
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

  @Override
  public void answerCallback(String callbackId, String text) {
    call(AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(text).build(), null);
  }

  @Override
  public boolean isAdmin(long chatId, long userId) {
    Result<ChatMember> member = call(GetChatMember.builder().chatId(chatId).userId(userId).build(), null);
    String status = member.value() == null ? "" : member.value().getStatus();
    return "creator".equals(status) || "administrator".equals(status);
  }

  private static InlineKeyboardMarkup markup(Keyboard keyboard) {
    if (keyboard == null) {
      return null;
    }
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (List<Keyboard.Button> row : keyboard.rows()) {
      InlineKeyboardRow buttons = new InlineKeyboardRow();
      for (Keyboard.Button button : row) {
        buttons.add(button.url() != null
            ? InlineKeyboardButton.builder().text(button.text()).url(button.url()).build()
            : InlineKeyboardButton.builder().text(button.text()).callbackData(button.data()).build());
      }
      rows.add(buttons);
    }
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }

  private static LinkPreviewOptions preview(String url) {
    return url == null ? LinkPreviewOptions.builder().isDisabled(true).build()
        : LinkPreviewOptions.builder().urlField(url).preferSmallMedia(true).build();
  }

  /**
   * What one call came to: delivered (with Telegram's answer, possibly null) or not, and then whether the failure
   * may pass (Telegram's own trouble, a dropped connection, a wait past what we keep up) or is a final refusal.
   */
  private record Result<T>(boolean delivered, T value, boolean mayPass) {
    static <T> Result<T> done(T value) {
      return new Result<>(true, value, false);
    }

    static <T> Result<T> notNow() {
      return new Result<>(false, null, true);
    }

    static <T> Result<T> refused() {
      return new Result<>(false, null, false);
    }
  }

  /**
   * Executes {@code method} until Telegram accepts it or gives a final no; on an HTML parse error sends
   * {@code plain} instead.
   */
  private <T extends Serializable> Result<T> call(BotApiMethod<T> method, BotApiMethod<T> plain) {
    BotApiMethod<T> current = method;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        return Result.done(client.execute(current));
      } catch (TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        Long movedTo = e.getParameters() == null ? null : e.getParameters().getMigrateToChatId();
        if (retryAfter != null && retryAfter <= MAX_RETRY_AFTER_SECONDS && attempt < MAX_ATTEMPTS) {
          // Telegram says exactly how long to wait; the same message goes again after that.
          if (!pauser.pause(Duration.ofSeconds(retryAfter))) {
            return Result.notNow();
          }
        } else if (movedTo != null && chatOf(current) != null && attempt < MAX_ATTEMPTS) {
          // The group became a supergroup: its state follows it, and the message goes to the new id.
          log.info("chat {} is now chat {}", chatOf(current), movedTo);
          mover.chatMigrated(chatOf(current), movedTo);
          readdress(current, movedTo);
          if (plain != null) {
            readdress(plain, movedTo);
          }
        } else if (code == 400 && says(e, "message is not modified")) {
          return Result.done(null); // the message already reads this way
        } else if (code == 400 && plain != null && current != plain) {
          // Our HTML is escaped, but never lose a reply to a markup mistake or another refusal of this
          // message's form (a bad button, a preview URL): plain text without extras says the same.
          log.warn("{} refused ({}); sending it as plain text", method.getMethod(), e.getApiResponse());
          current = plain;
        } else if (code == 403 && chatOf(current) != null) {
          // Blocked, kicked or deactivated: retrying would only be refused again; stop until they write.
          inactive.markInactive(chatOf(current), e.getApiResponse());
          log.info("chat {} refuses delivery ({}); no more messages go there", chatOf(current), e.getApiResponse());
          return Result.refused();
        } else if ((code == 0 || code >= 500) && attempt < MAX_ATTEMPTS) {
          // Telegram's own trouble passes; wait a little longer each time.
          if (!pauser.pause(backoff(attempt))) {
            return Result.notNow();
          }
        } else {
          log.warn("{} failed: {} {}", method.getMethod(), code, e.getApiResponse());
          // Out of attempts on a fault that passes (5xx, 429 past its limit, a move to a supergroup) is not the
          // refusal a 400 or a 403 is.
          return code == 0 || code == 429 || code >= 500 || movedTo != null ? Result.notNow() : Result.refused();
        }
      } catch (TelegramApiException e) {
        // A dropped connection or a time-out: the request may be retried like a 5xx.
        log.info("{} failed ({}), attempt {}", method.getMethod(), e.getMessage(), attempt);
        if (attempt == MAX_ATTEMPTS || !pauser.pause(backoff(attempt))) {
          return Result.notNow();
        }
      }
    }
    // Every attempt went on passing faults (and at most one switch to plain text).
    return Result.notNow();
  }

  /** The chat a send or edit goes to, or null for other methods. */
  private static Long chatOf(BotApiMethod<?> method) {
    String chat = method instanceof SendMessage m ? m.getChatId()
        : method instanceof EditMessageText e ? e.getChatId() : null;
    try {
      return chat == null ? null : Long.parseLong(chat);
    } catch (NumberFormatException e) {
      return null; // an @channel name: nothing to remember
    }
  }

  private static void readdress(BotApiMethod<?> method, long chatId) {
    if (method instanceof SendMessage m) {
      m.setChatId(chatId);
    } else if (method instanceof EditMessageText e) {
      e.setChatId(chatId);
    }
  }

  static Duration backoff(int attempt) {
    return Duration.ofSeconds(1L << Math.min(attempt - 1, 4));
  }

  private static boolean says(TelegramApiRequestException e, String phrase) {
    String response = e.getApiResponse();
    return response != null && response.contains(phrase);
  }

  /** Waits between attempts; false when interrupted (the bot is stopping). */
  interface Pauser {
    boolean pause(Duration duration);

    Pauser SLEEP = duration -> {
      try {
        Thread.sleep(duration.toMillis());
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    };
  }
}
