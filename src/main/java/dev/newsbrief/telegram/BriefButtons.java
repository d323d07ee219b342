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

  static Keyboard keyboard(Texts t, String url) {
    Keyboard.Button more = Keyboard.Button.callback(t.get("button.more"), MORE);
    Keyboard.Button shorter = Keyboard.Button.callback(t.get("button.shorter"), SHORTER);
    List<Keyboard.Button> row = url == null ? List.of(more, shorter)
        : List.of(more, shorter, Keyboard.Button.link(t.get("button.original"), url));
    return new Keyboard(List.of(row));
  }

  static boolean handles(String data) {
    return MORE.equals(data) || SHORTER.equals(data);
  }

  /** Remembers a summary message so its buttons work later. */
  void remember(long chatId, int messageId, String url, int points, String forwardedFrom) {
    memory.put(new BriefMessages.Entry(chatId, messageId, url, points, forwardedFrom));
  }

  void press(ButtonPress press, Texts t, boolean linkPreview) {
    BriefMessages.Entry entry = memory.get(press.chatId(), press.messageId());
    if (entry == null) {
      outbox.answerCallback(press.id(), t.get("brief.gone"));
      return;
    }
    boolean more = MORE.equals(press.data());
    int points = next(entry.points(), more);
    if (points == entry.points()) {
      outbox.answerCallback(press.id(), t.get(more ? "brief.longest" : "brief.shortest"));
      return;
    }
    try {
      Brief shown = briefs.brief(entry.url(), entry.points());
      Brief brief = briefs.brief(entry.url(), points);
      if (more && brief.keyPoints().size() <= shown.keyPoints().size()) {
        outbox.answerCallback(press.id(), t.get("brief.all"));
        return;
      }
      outbox.answerCallback(press.id(), null);
      outbox.edit(press.chatId(), press.messageId(), BriefRenderer.render(t, brief, entry.forwardedFrom()),
          linkPreview ? brief.url() : null, keyboard(t, brief.url()));
      remember(press.chatId(), press.messageId(), entry.url(), points, entry.forwardedFrom());
    } catch (FetchException | NoArticleException e) {
      outbox.answerCallback(press.id(), ErrorReplies.forFailure(t, e));
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
