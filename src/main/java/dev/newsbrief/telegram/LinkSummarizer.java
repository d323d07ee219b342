package dev.newsbrief.telegram;

import dev.newsbrief.digest.Brief;
import dev.newsbrief.digest.BriefService;
import dev.newsbrief.digest.NoArticleException;
import dev.newsbrief.fetch.FetchException;
import dev.newsbrief.store.ChatSettings;
import dev.newsbrief.store.InactiveChats;
import dev.newsbrief.store.PendingLinks;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summarizes one link for one message: a "Reading…" placeholder at once, the typing action renewed while
 * the work goes on, then the placeholder edited into the summary or into a short human reason.
 */
final class LinkSummarizer {
  private static final Logger log = LoggerFactory.getLogger(LinkSummarizer.class);
  /** The typing action lasts ~5 s; renew it a little sooner while work goes on. */
  static final long TYPING_EVERY_SECONDS = 4;

  private final BriefService briefs;
  private final Outbox outbox;
  private final ScheduledExecutorService timer;
  private final BriefButtons buttons;
  private final BotStats stats;
  /** Rounds a reply Telegram does not take is tried in before it is given up (logged). */
  static final int MAX_ROUNDS = 10;

  private final PendingLinks pending;
  private final InactiveChats inactive;
  /** Rounds each stored job failed to reach Telegram so far. */
  private final Map<Long, Integer> failedRounds = new ConcurrentHashMap<>();

  /** @param timer renews the typing action; null for none */
  LinkSummarizer(BriefService briefs, Outbox outbox, ScheduledExecutorService timer, BriefButtons buttons,
      BotStats stats, PendingLinks pending, InactiveChats inactive) {
    this.pending = pending;
    this.inactive = inactive;
    this.briefs = briefs;
    this.outbox = outbox;
    this.timer = timer;
    this.buttons = buttons;
    this.stats = stats;
  }

  /**
   * The summary of the message's own text, e.g. a long forwarded post without a link, as HTML. No site is read,
   * so it is ready at once and the caller sends it as any other reply (kept if Telegram cannot take it now).
   */
  String summarizeText(Incoming m, ChatSettings settings, Texts t) {
    try {
      return BriefRenderer.render(t, briefs.briefOfText(m.text(), settings.points()), m.forwardedFrom());
    } catch (RuntimeException e) {
      log.error("summarizing a forwarded text failed", e);
      return Html.escape(ErrorReplies.forFailure(t, e));
    }
  }

  /**
   * Answers one pending link: the placeholder (sent now, or already sent before a restart), then the summary
   * or the reason, then the job is forgotten. A reply Telegram did not take (it stayed down through every
   * retry) keeps the job stored for a later round; a chat that refuses the bot ends it.
   */
  void summarize(PendingLinks.Job job) {
    Texts t = Texts.of(job.language());
    String host = BriefRenderer.host(job.link());
    Integer placeholder = job.placeholderId();
    if (placeholder == null) {
      placeholder = outbox.send(job.chatId(), job.threadId(), job.messageId(),
          t.get("reading", Html.escape(host != null ? host : job.link())), null);
      if (placeholder != null) {
        pending.placeholderSent(job.id(), placeholder);
      }
    }
    ScheduledFuture<?> typing = timer == null ? null : timer.scheduleAtFixedRate(
        () -> outbox.typing(job.chatId(), job.threadId()), 0, TYPING_EVERY_SECONDS, TimeUnit.SECONDS);
    List<String> parts;
    Brief brief = null;
    try {
      brief = briefs.brief(job.link(), job.points());
      parts = BriefRenderer.renderParts(t, brief, job.forwardedFrom());
      stats.served();
    } catch (FetchException | NoArticleException e) {
      log.info("could not summarize {}: {}", job.link(), e.getMessage());
      parts = List.of(Html.escape(ErrorReplies.forFailure(t, e)));
      stats.failed();
    } catch (RuntimeException e) {
      // A bug must still end in a reply, never in a placeholder that reads "Reading…" forever.
      log.error("summarizing {} failed", job.link(), e);
      parts = List.of(Html.escape(ErrorReplies.forFailure(t, e)));
      stats.failed();
    } finally {
      if (typing != null) {
        typing.cancel(false);
      }
    }
    if (deliver(job, placeholder, parts, brief, t) || inactive.isInactive(job.chatId())) {
      finish(job);
    } else if (failedRounds.merge(job.id(), 1, Integer::sum) >= MAX_ROUNDS) {
      log.error("giving up the reply to {} in chat {} after {} rounds", job.link(), job.chatId(), MAX_ROUNDS);
      finish(job);
    } else {
      log.warn("the reply to {} in chat {} did not reach Telegram; kept for the next round", job.link(),
          job.chatId());
    }
  }

  private void finish(PendingLinks.Job job) {
    pending.done(job.id());
    failedRounds.remove(job.id());
  }

  /** Shows the reply; true when every part reached Telegram. */
  private boolean deliver(PendingLinks.Job job, Integer placeholder, List<String> parts, Brief brief, Texts t) {
    String preview = brief != null && job.linkPreview() ? brief.url() : null;
    Keyboard keyboard = brief == null ? null : BriefButtons.keyboard(t, brief.url());
    Integer shown = placeholder;
    String first = parts.get(0);
    if (placeholder == null || !outbox.edit(job.chatId(), placeholder, first, preview, keyboard)) {
      shown = outbox.send(job.chatId(), job.threadId(), job.messageId(), first, preview, keyboard);
      if (shown == null) {
        return false;
      }
      if (parts.size() > 1) {
        pending.placeholderSent(job.id(), shown); // a later round edits this message instead of sending another
      }
    }
    if (brief != null) {
      buttons.remember(job.chatId(), shown, job.link(), job.points(), job.forwardedFrom());
    }
    // Rarely a summary needs more than one message; the rest follows in order, without a second preview.
    for (String more : parts.subList(1, parts.size())) {
      if (outbox.send(job.chatId(), job.threadId(), null, more, null) == null) {
        return false;
      }
    }
    return true;
  }
}
