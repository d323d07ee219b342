package dev.newsbrief.telegram;

import dev.newsbrief.store.PendingLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a stored slow command on a link worker: {@code /addfeed} (the address is fetched to check it is a feed)
 * or an OPML import (the file is downloaded and each feed checked), then replies. Like a link to summarize, the
 * command is stored before its message counts as done and forgotten once its reply is handed on (sent, or kept
 * by {@link DurableReplies} until Telegram takes it), so a process killed in between runs it again at the next
 * start instead of losing it. Running it again is harmless: a feed the chat already follows is not added twice,
 * and the reply says it is followed already. Thread-safe.
 */
final class SlowCommands {
  private static final Logger log = LoggerFactory.getLogger(SlowCommands.class);

  private final FeedCommands feeds;
  private final Outbox outbox;
  private final DurableReplies replies;
  private final PendingLinks pending;

  /** @param outbox downloads OPML files; {@code replies} sends the answers */
  SlowCommands(FeedCommands feeds, Outbox outbox, DurableReplies replies, PendingLinks pending) {
    this.feeds = feeds;
    this.outbox = outbox;
    this.replies = replies;
    this.pending = pending;
  }

  /** Runs {@code job}, replies to its message, and forgets it. */
  void run(PendingLinks.Job job) {
    Texts t = Texts.of(job.language());
    String reply;
    try {
      reply = switch (job.kind()) {
        case ADD_FEED -> feeds.add(job.chatId(), job.link(), t);
        case IMPORT_OPML -> importOpml(job, t);
        case SUMMARY -> throw new IllegalArgumentException("a link to summarize, not a command: " + job.id());
      };
    } catch (RuntimeException e) {
      // A bug must still end in a reply, and the job must go: kept, it would fail again at every round.
      log.error("{} in chat {} failed", job.kind(), job.chatId(), e);
      reply = t.get("error.generic");
    }
    replies.send(job.chatId(), job.threadId(), job.messageId(), reply, null);
    pending.done(job.id());
  }

  private String importOpml(PendingLinks.Job job, Texts t) {
    byte[] file = outbox.download(job.link(), FeedCommands.MAX_OPML_BYTES);
    return file == null ? t.get("opml.tooBig") : feeds.importOpml(job.chatId(), file, t);
  }
}
