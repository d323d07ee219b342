package dev.newsbrief.telegram;

import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOrigin;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginChannel;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginChat;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginHiddenUser;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginUser;

/** Turns a Telegram {@link Message} into an {@link Incoming}: text or caption, links from entities, origin. */
final class UpdateReader {
  private UpdateReader() {
  }

  static Incoming read(Message m) {
    Chat chat = m.getChat();
    boolean privateChat = chat != null && "private".equals(chat.getType());
    Integer thread = Boolean.TRUE.equals(m.getIsTopicMessage()) ? m.getMessageThreadId() : null;
    List<String> replyLinks = m.getReplyToMessage() == null ? List.of() : links(m.getReplyToMessage());
    // A channel post, or an anonymous group admin, speaks as the chat itself: the sender is the chat's id.
    long userId = m.getSenderChat() != null ? m.getSenderChat().getId() : m.getFrom() == null ? 0 : m.getFrom().getId();
    String language = m.getFrom() == null ? null : m.getFrom().getLanguageCode();
    return new Incoming(m.getChatId(), m.getMessageId(), thread, privateChat, textOf(m), links(m), replyLinks,
        origin(m.getForwardOrigin()), userId, language, repliedTo(m), document(m));
  }

  private static Incoming.Document document(Message m) {
    org.telegram.telegrambots.meta.api.objects.Document d = m.getDocument();
    return d == null ? null : new Incoming.Document(d.getFileId(), d.getFileName(), d.getMimeType(),
        d.getFileSize() == null ? 0 : d.getFileSize());
  }

  /** A button press under one of the bot's messages, or null when the message is gone or inline. */
  static ButtonPress read(CallbackQuery q) {
    if (!(q.getMessage() instanceof Message m)) {
      return null;
    }
    boolean privateChat = m.getChat() != null && "private".equals(m.getChat().getType());
    return new ButtonPress(q.getId(), m.getChatId(), m.getMessageId(), q.getFrom().getId(), privateChat, q.getData(),
        q.getFrom().getLanguageCode());
  }

  private static String repliedTo(Message m) {
    Message replied = m.getReplyToMessage();
    return replied == null || replied.getFrom() == null ? null : replied.getFrom().getUserName();
  }

  private static String textOf(Message m) {
    return m.getText() != null ? m.getText() : m.getCaption() != null ? m.getCaption() : "";
  }

  static List<String> links(Message m) {
    List<MessageEntity> entities = m.getText() != null ? m.getEntities() : m.getCaptionEntities();
    List<LinkFinder.Entity> converted = new ArrayList<>();
    if (entities != null) {
      for (MessageEntity e : entities) {
        converted.add(new LinkFinder.Entity(e.getType(), nz(e.getOffset()), nz(e.getLength()), e.getUrl()));
      }
    }
    String text = textOf(m);
    // Entities are authoritative; the pattern only covers text that arrived without any.
    return converted.isEmpty() && entities != null ? List.of() : LinkFinder.find(text, converted);
  }

  private static int nz(Integer value) {
    return value == null ? 0 : value;
  }

  static String origin(MessageOrigin origin) {
    if (origin instanceof MessageOriginChannel c) {
      return title(c.getChat());
    }
    if (origin instanceof MessageOriginChat c) {
      return title(c.getSenderChat());
    }
    if (origin instanceof MessageOriginUser u) {
      return name(u.getSenderUser());
    }
    if (origin instanceof MessageOriginHiddenUser h) {
      return h.getSenderUserName();
    }
    return null;
  }

  private static String title(Chat chat) {
    if (chat == null) {
      return null;
    }
    return chat.getTitle() != null ? chat.getTitle() : chat.getUserName() != null ? "@" + chat.getUserName() : null;
  }

  private static String name(User user) {
    if (user == null) {
      return null;
    }
    String last = user.getLastName();
    return user.getFirstName() + (last != null && !last.isBlank() ? " " + last : "");
  }
}
