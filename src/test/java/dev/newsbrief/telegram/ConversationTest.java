package dev.newsbrief.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.newsbrief.digest.BriefService;
import dev.newsbrief.extract.ArticleExtractor;
import dev.newsbrief.fetch.FetchPolicy;
import dev.newsbrief.fetch.PageFetcher;
import dev.newsbrief.summarize.ExtractiveSummarizer;
import dev.newsbrief.testing.Sites;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the bot answers, message by message, in private chats and groups. */
class ConversationTest {
  record Sent(long chat, Integer thread, Integer replyTo, String html) {
  }

  final List<Sent> sent = new ArrayList<>();
  final Sites sites = new Sites();
  MockWebServer site;
  Conversation conversation;

  @BeforeEach
  void start() throws Exception {
    site = new MockWebServer();
    site.setDispatcher(sites);
    site.start(InetAddress.getByName("127.0.0.1"), 0);
    BriefService briefs = new BriefService(new PageFetcher(FetchPolicy.defaults().withAllowPrivate(
        Set.of("127.0.0.1:" + site.getPort()))), new ArticleExtractor(), new ExtractiveSummarizer(), 10,
        Duration.ofMinutes(5), Runnable::run, Ticker.systemTicker());
    Outbox outbox = new Outbox() {
      @Override
      public synchronized Integer send(long chatId, Integer threadId, Integer replyTo, String html, String preview) {
        sent.add(new Sent(chatId, threadId, replyTo, html));
        return sent.size();
      }

      @Override
      public synchronized boolean edit(long chatId, int messageId, String html, String preview) {
        Sent old = sent.get(messageId - 1);
        sent.set(messageId - 1, new Sent(old.chat(), old.thread(), old.replyTo(), html));
        return true;
      }

      @Override
      public void typing(long chatId, Integer threadId) {
      }
    };
    conversation = new Conversation(briefs, outbox, Runnable::run, null, 5, 3);
    conversation.setBotUsername("newsbrief_bot");
  }

  @AfterEach
  void stop() {
    site.close();
  }

  String link(String path) {
    return "http://127.0.0.1:" + site.getPort() + path;
  }

  static Incoming group(String text, List<String> links, List<String> replyLinks) {
    return new Incoming(-100, 9, 77, false, text, links, replyLinks, null);
  }

  @Test
  void groupsGetNoSummaryForEveryLink() {
    conversation.handle(group("look " + link("/grid-storage"), List.of(link("/grid-storage")), List.of()));
    conversation.handle(group("hello all", List.of(), List.of()));
    assertEquals(List.of(), sent);
    assertEquals(0, sites.hits("/grid-storage"));
  }

  @Test
  void groupCommandAddressedToThisBotIsAnsweredInTheSameTopic() {
    conversation.handle(group("/sum@newsbrief_bot " + link("/grid-storage"), List.of(link("/grid-storage")), List.of()));
    assertEquals(1, sent.size());
    assertEquals(77, sent.get(0).thread());
    assertEquals(9, sent.get(0).replyTo());
    assertTrue(sent.get(0).html().contains("• "), sent.get(0).html());
  }

  @Test
  void groupSumAsAReplySummarizesTheRepliedMessagesLink() {
    conversation.handle(group("/sum", List.of(), List.of(link("/grid-storage"))));
    assertTrue(sent.get(0).html().contains("1,200-megawatt"), sent.get(0).html());
  }

  @Test
  void commandsForOtherBotsAndUnknownGroupCommandsAreLeftAlone() {
    conversation.handle(group("/sum@otherbot " + link("/grid-storage"), List.of(link("/grid-storage")), List.of()));
    conversation.handle(group("/weather", List.of(), List.of()));
    assertEquals(List.of(), sent);
  }

  @Test
  void privateChatLinksBeyondTheLimitAreNamed() {
    List<String> links = List.of(link("/a"), link("/b"), link("/c"), link("/d"), link("/e"));
    conversation.handle(new Incoming(5, 1, null, true, String.join(" ", links), links, List.of(), null));
    assertEquals(4, sent.size(), "three answers and one note");
    Sent note = sent.get(3);
    assertTrue(note.html().startsWith("I summarize up to 3 links per message; skipped: ")
        && note.html().contains("/d") && note.html().contains("/e"), note.html());
    assertTrue(sent.get(0).html().contains("the site answered 404"), sent.get(0).html());
  }

  @Test
  void sumWithoutALinkExplainsHow() {
    conversation.handle(new Incoming(5, 1, null, true, "/sum", List.of(), List.of(), null));
    assertTrue(sent.get(0).html().startsWith("Send /sum with a link"), sent.get(0).html());
  }
}
