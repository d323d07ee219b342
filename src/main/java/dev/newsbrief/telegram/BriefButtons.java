package dev.newsbrief.telegram;

import dev.newsbrief.digest.Brief;
import dev.newsbrief.digest.BriefService;
import dev.newsbrief.digest.NoArticleException;
import dev.newsbrief.fetch.FetchException;
import dev.newsbrief.store.BriefMessages;
import java.util.List;

/**
 * The buttons under a summary: More and Shorter edit the same message in place with a longer or shorter
 * summary of the same article; Original opens the article.
 */
final class BriefButtons {
  static final String MORE = "b:more";
  static final String SHORTER = "b:less";
  /** The lengths a reader steps through. */
  static final int[] LEVELS = {3, 5, 8};

  private final BriefService briefs;
  private final BriefMessages memory;
  private final Outbox outbox;

  BriefButtons(BriefService briefs, BriefMessages memory, Outbox outbox) {
    this.briefs = briefs;
    this.memory = memory;
    this.outbox = outbox;
  }

  static Keyboard keyboard(String url) {
    List<Keyboard.Button> row = url == null
        ? List.of(Keyboard.Button.callback("More", MORE), Keyboard.Button.callback("Shorter", SHORTER))
        : List.of(Keyboard.Button.callback("More", MORE), Keyboard.Button.callback("Shorter", SHORTER),
            Keyboard.Button.link("Original ↗", url));
    return new Keyboard(List.of(row));
  }

  static boolean handles(String data) {
    return MORE.equals(data) || SHORTER.equals(data);
  }

  /** Remembers a summary message so its buttons work later. */
  void remember(long chatId, int messageId, String url, int points, String forwardedFrom) {
    memory.put(new BriefMessages.Entry(chatId, messageId, url, points, forwardedFrom));
  }

  void press(ButtonPress press, boolean linkPreview) {
    BriefMessages.Entry entry = memory.get(press.chatId(), press.messageId());
    if (entry == null) {
      outbox.answerCallback(press.id(), "I no longer have this summary; send the link again.");
      return;
    }
    boolean more = MORE.equals(press.data());
    int points = next(entry.points(), more);
    if (points == entry.points()) {
      outbox.answerCallback(press.id(), more ? "That's the longest summary." : "That's the shortest summary.");
      return;
    }
    try {
      Brief shown = briefs.brief(entry.url(), entry.points());
      Brief brief = briefs.brief(entry.url(), points);
      if (more && brief.keyPoints().size() <= shown.keyPoints().size()) {
        outbox.answerCallback(press.id(), "That's all the key points this article has.");
        return;
      }
      outbox.answerCallback(press.id(), null);
      outbox.edit(press.chatId(), press.messageId(), BriefRenderer.render(brief, entry.forwardedFrom()),
          linkPreview ? brief.url() : null, keyboard(brief.url()));
      remember(press.chatId(), press.messageId(), entry.url(), points, entry.forwardedFrom());
    } catch (FetchException | NoArticleException e) {
      outbox.answerCallback(press.id(), ErrorReplies.forFailure(e));
    }
  }

  /** The next length up or down from {@code points}; {@code points} itself at the ends. */
  static int next(int points, boolean more) {
    if (more) {
      for (int level : LEVELS) {
        if (level > points) {
          return level;
        }
      }
      return points;
    }
    for (int i = LEVELS.length - 1; i >= 0; i--) {
      if (LEVELS[i] < points) {
        return LEVELS[i];
      }
    }
    return points;
  }
}
