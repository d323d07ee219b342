package dev.newsbrief.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.newsbrief.digest.BriefService;
import dev.newsbrief.extract.ArticleExtractor;
import dev.newsbrief.fetch.FetchPolicy;
import dev.newsbrief.fetch.PageFetcher;
import dev.newsbrief.summarize.ExtractiveSummarizer;
import dev.newsbrief.store.Database;
import dev.newsbrief.testing.Sites;
import java.time.Clock;
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
  record Sent(long chat, Integer thread, Integer replyTo, String html, Keyboard keyboard) {
  }

  static final long ADMIN = 99;
  final List<Sent> sent = new ArrayList<>();
  final List<String> answers = new ArrayList<>();
  final Sites sites = new Sites();
  MockWebServer site;
  Conversation conversation;
  Database db;
  ChatMemory memory;
  BriefService briefs;
  PageFetcher pages;
  Outbox outbox;
  final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();

  Conversation conversationWith(ChatRules rules) {
    java.time.Clock clock = java.time.Clock.systemUTC();
    AlertDesk desk = new AlertDesk(new dev.newsbrief.feeds.FeedProbe(new dev.newsbrief.fetch.FeedFetcher(pages, clock),
        clock), AlertDesk.LookBack.NONE, 5, 3, clock, "");
    Conversation c = new Conversation(briefs, outbox, new LinkQueue(Runnable::run, 100), null, memory, rules,
        new BotStats(nanos::get, briefs::cacheHitRate, () -> 0), nanos::get, desk);
    c.setBotUsername("newsbrief_bot");
    return c;
  }
  int nextMessage = 100;

  @BeforeEach
  void start() throws Exception {
    site = new MockWebServer();
    site.setDispatcher(sites);
    site.start(InetAddress.getByName("127.0.0.1"), 0);
    pages = new PageFetcher(FetchPolicy.defaults().withAllowPrivate(Set.of("127.0.0.1:" + site.getPort())));
    BriefService briefs = new BriefService(pages, new ArticleExtractor(), new ExtractiveSummarizer(), 10,
        Duration.ofMinutes(5), Runnable::run, Ticker.systemTicker());
    Outbox outbox = new Outbox() {
      @Override
      public synchronized Integer send(long chatId, Integer threadId, Integer replyTo, String html, String preview,
          Keyboard keyboard) {
        sent.add(new Sent(chatId, threadId, replyTo, html, keyboard));
        return sent.size();
      }

      @Override
      public synchronized boolean edit(long chatId, int messageId, String html, String preview, Keyboard keyboard) {
        Sent old = sent.get(messageId - 1);
        sent.set(messageId - 1, new Sent(old.chat(), old.thread(), old.replyTo(), html, keyboard));
        return true;
      }

      @Override
      public void typing(long chatId, Integer threadId) {
      }

      @Override
      public void answerCallback(String callbackId, String text) {
        answers.add(text);
      }

      @Override
      public boolean isAdmin(long chatId, long userId) {
        return userId == ADMIN;
      }
    };
    db = Database.openInMemory();
    memory = ChatMemory.of(db, Clock.systemUTC(), 5);
    this.briefs = briefs;
    this.outbox = outbox;
    conversation = conversationWith(new ChatRules(3, 10, Set.of(), Set.of(ADMIN)));
    conversation.setBotUsername("newsbrief_bot");
  }

  @AfterEach
  void stop() {
    site.close();
    db.close();
  }

  String link(String path) {
    return "http://127.0.0.1:" + site.getPort() + path;
  }

  static Incoming group(String text, List<String> links, List<String> replyLinks) {
    return new Incoming(-100, 9, 77, false, text, links, replyLinks, null, 5, null, null);
  }

  static Incoming groupMessage(int id, String text, List<String> links) {
    return new Incoming(-100, id, 77, false, text, links, List.of(), null, 5, null, null);
  }

  @Test
  void aMessageDeliveredTwiceIsAnsweredOnce() {
    Incoming m = new Incoming(5, 1, null, true, "/help", List.of(), List.of(), null, 5, null, null);
    conversation.handle(m);
    conversation.handle(m);
    assertEquals(1, sent.size());
  }

  @Test
  void groupsGetNoSummaryForEveryLink() {
    conversation.handle(group("look " + link("/grid-storage"), List.of(link("/grid-storage")), List.of()));
    conversation.handle(groupMessage(10, "hello all", List.of()));
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
    conversation.handle(groupMessage(11, "/weather", List.of()));
    assertEquals(List.of(), sent);
  }

  @Test
  void privateChatLinksBeyondTheLimitAreNamed() {
    List<String> links = List.of(link("/a"), link("/b"), link("/c"), link("/d"), link("/e"));
    conversation.handle(new Incoming(5, 1, null, true, String.join(" ", links), links, List.of(), null, 5, null, null));
    assertEquals(4, sent.size(), "three answers and one note");
    Sent note = sent.get(3);
    assertTrue(note.html().startsWith("I summarize up to 3 links per message; skipped: ")
        && note.html().contains("/d") && note.html().contains("/e"), note.html());
    assertTrue(sent.get(0).html().contains("the site answered 404"), sent.get(0).html());
  }

  @Test
  void sumWithoutALinkExplainsHow() {
    conversation.handle(new Incoming(5, 1, null, true, "/sum", List.of(), List.of(), null, 5, null, null));
    assertTrue(sent.get(0).html().startsWith("Send /sum with a link"), sent.get(0).html());
  }

  static List<String> buttons(Sent message) {
    return message.keyboard().rows().stream().flatMap(List::stream).map(Keyboard.Button::data).toList();
  }

  @Test
  void settingsChangeInPlaceAndShapeTheNextSummary() {
    conversation.handle(new Incoming(5, 1, null, true, "/settings", List.of(), List.of(), null, 5, null, null));
    Sent settings = sent.get(0);
    assertTrue(settings.html().contains("Summary length: 5 key points"), settings.html());
    assertEquals(List.of("set:p:3", "set:p:5", "set:p:8", "set:v:0"), buttons(settings));

    conversation.handle(new ButtonPress("cb1", 5, 1, 5, true, "set:p:3", null));

    assertEquals(List.of("Saved."), answers);
    assertTrue(sent.get(0).html().contains("Summary length: 3 key points"), sent.get(0).html());
    conversation.handle(new Incoming(5, 2, null, true, link("/grid-storage"), List.of(link("/grid-storage")),
        List.of(), null, 5, null, null));
    long bullets = sent.get(1).html().lines().filter(l -> l.startsWith("• ")).count();
    assertEquals(3, bullets, sent.get(1).html());
  }

  @Test
  void onlyGroupAdminsChangeGroupSettingsAndEveryPressIsAnswered() {
    conversation.handle(groupMessage(20, "/settings", List.of()));
    assertTrue(buttons(sent.get(0)).contains("set:a:1"));

    conversation.handle(new ButtonPress("cb1", -100, 1, 5, false, "set:a:1", null));
    conversation.handle(new ButtonPress("cb2", -100, 1, ADMIN, false, "set:a:1", null));
    conversation.handle(new ButtonPress("cb3", -100, 1, ADMIN, false, "nonsense", null));

    assertEquals(List.of("Only group admins can change settings.", "Saved.", "This button is no longer active."),
        answers);
    conversation.handle(groupMessage(21, "look " + link("/grid-storage"), List.of(link("/grid-storage"))));
    assertTrue(sent.get(1).html().contains("• "), "summarize-all is on: " + sent);
  }

  @Test
  void settingsFollowAGroupThatBecomesASupergroup() {
    conversation.handle(groupMessage(30, "/settings", List.of()));
    conversation.handle(new ButtonPress("cb", -100, 1, ADMIN, false, "set:v:0", null));
    conversation.chatMigrated(-100, -1001234);
    conversation.handle(new Incoming(-1001234, 1, null, false, "/settings", List.of(), List.of(), null, ADMIN, null, null));
    assertTrue(sent.get(sent.size() - 1).html().contains("Link preview: off"), sent.toString());
  }

  @Test
  void topicsFollowAGroupThatBecomesASupergroup() {
    conversation.handle(new Incoming(-100, 40, null, false, "/subscribe 天然气", List.of(), List.of(), null, ADMIN,
        null, null));
    conversation.chatMigrated(-100, -1001234);
    conversation.handle(new Incoming(-1001234, 2, null, false, "/topics", List.of(), List.of(), null, ADMIN, null,
        null));
    assertTrue(sent.get(sent.size() - 1).html().contains("<b>天然气</b>"), sent.toString());
    conversation.handle(new Incoming(-100, 41, null, false, "/topics", List.of(), List.of(), null, ADMIN, null, null));
    assertTrue(sent.get(sent.size() - 1).html().startsWith("This chat follows no topics yet"), sent.toString());
  }

  @Test
  void aLongForwardedPostWithoutALinkIsSummarizedItself() {
    String post = String.join(" ", java.util.Collections.nCopies(12,
        "The city council approved a new budget for public transport on Monday after a long debate."));
    conversation.handle(new Incoming(5, 1, null, true, post, List.of(), List.of(), "Metro News", 5, null, null));
    assertTrue(sent.get(0).html().startsWith("<i>Forwarded from Metro News</i>"), sent.get(0).html());
    assertTrue(sent.get(0).html().contains("• The city council approved"), sent.get(0).html());
  }

  @Test
  void aShortForwardedPostWithoutALinkGetsTheHint() {
    conversation.handle(new Incoming(5, 1, null, true, "lol", List.of(), List.of(), "Friend", 5, null, null));
    assertTrue(sent.get(0).html().startsWith("Send me a link"), sent.get(0).html());
  }

  @Test
  void startWithADeepLinkSummarizesItsArticle() {
    String payload = DeepLink.encode(link("/grid-storage"));
    conversation.handle(new Incoming(5, 1, null, true, "/start " + payload, List.of(), List.of(), null, 5, null, null));
    assertTrue(sent.get(0).html().contains("1,200-megawatt"), sent.get(0).html());
  }

  @Test
  void deepLinkPayloadsRoundTripAndIgnoreOrdinaryPayloads() {
    assertEquals("https://x.example/a", DeepLink.decode(DeepLink.encode("https://x.example/a")));
    assertEquals(null, DeepLink.decode("ref123"));
    assertEquals(null, DeepLink.encode("https://x.example/" + "a".repeat(80)));
  }

  @Test
  void repliesInTheUsersAppLanguageUntilTheChatChoosesOne() {
    conversation.handle(new Incoming(5, 1, null, true, "/help", List.of(), List.of(), null, 5, "zh-hans", null));
    assertTrue(sent.get(0).html().startsWith("<b>发给我一个链接</b>"), sent.get(0).html());

    conversation.handle(new Incoming(5, 2, null, true, "/lang ru", List.of(), List.of(), null, 5, "zh-hans", null));
    assertEquals("Язык интерфейса: русский.", sent.get(1).html());
    conversation.handle(new Incoming(5, 3, null, true, "/sum", List.of(), List.of(), null, 5, "zh-hans", null));
    assertTrue(sent.get(2).html().startsWith("Отправьте /sum"), sent.get(2).html());

    conversation.handle(new Incoming(5, 4, null, true, "/lang", List.of(), List.of(), null, 5, "zh-hans", null));
    assertEquals(List.of("lang:en", "lang:zh", "lang:ru", "lang:auto"), buttons(sent.get(3)));
    conversation.handle(new ButtonPress("cb", 5, 4, 5, true, "lang:auto", "zh-hans"));
    assertEquals("界面语言：中文。", sent.get(3).html());
  }

  @Test
  void unsupportedLanguageNamesTheOnesThereAre() {
    conversation.handle(new Incoming(5, 1, null, true, "/lang xx", List.of(), List.of(), null, 5, null, null));
    assertTrue(sent.get(0).html().contains("/lang zh"), sent.get(0).html());
  }

  Incoming privateMessage(int id, long user, String text, List<String> links) {
    return new Incoming(user, id, null, true, text, links, List.of(), null, user, null, null);
  }

  @Test
  void aUserPastTheirQuotaIsAskedToWaitAndOthersAreNot() {
    conversation = conversationWith(new ChatRules(3, 2, Set.of(), Set.of()));
    for (int i = 1; i <= 3; i++) {
      conversation.handle(privateMessage(i, 5, link("/grid-storage"), List.of(link("/grid-storage"))));
    }
    assertTrue(sent.get(2).html().startsWith("You've asked for a lot of summaries in the last minute. Try again in 60 s."),
        sent.get(2).html());
    conversation.handle(privateMessage(4, 6, link("/grid-storage"), List.of(link("/grid-storage"))));
    assertTrue(sent.get(3).html().contains("• "), "another user is served: " + sent.get(3).html());
    nanos.addAndGet(java.time.Duration.ofSeconds(61).toNanos());
    conversation.handle(privateMessage(5, 5, link("/grid-storage"), List.of(link("/grid-storage"))));
    assertTrue(sent.get(4).html().contains("• "), "the minute passed: " + sent.get(4).html());
  }

  @Test
  void aPrivateDeploymentAnswersOnlyItsPeople() {
    conversation = conversationWith(new ChatRules(3, 10, Set.of(5L, -100L), Set.of()));
    conversation.handle(privateMessage(1, 7, "/help", List.of()));
    conversation.handle(privateMessage(2, 5, "/help", List.of()));
    conversation.handle(groupMessage(3, "/help", List.of()));
    assertTrue(sent.get(0).html().startsWith("This is a private bot"), sent.get(0).html());
    assertTrue(sent.get(1).html().contains("/sum"));
    assertEquals(-100, sent.get(2).chat());
  }

  @Test
  void statsAreForOperatorsAndStayOutOfTheMenu() {
    conversation.handle(privateMessage(1, 5, "/stats", List.of()));
    conversation.handle(privateMessage(2, ADMIN, link("/grid-storage"), List.of(link("/grid-storage"))));
    conversation.handle(privateMessage(3, ADMIN, "/stats", List.of()));
    assertEquals("/stats is for the bot's operators.", sent.get(0).html());
    assertTrue(sent.get(2).html().contains("Summaries served: 1, failed: 0"), sent.get(2).html());
    assertTrue(conversation.commands().all().stream().noneMatch(c -> c.name().equals("stats")));
  }

  @Test
  void inAGroupALinkSentAsAReplyToTheBotIsSummarized() {
    conversation.handle(new Incoming(-100, 40, null, false, "and this one? " + link("/grid-storage"),
        List.of(link("/grid-storage")), List.of(), null, 5, null, "newsbrief_bot"));
    conversation.handle(new Incoming(-100, 41, null, false, "cool " + link("/grid-storage"),
        List.of(link("/grid-storage")), List.of(), null, 5, null, "someone_else"));
    assertEquals(1, sent.size());
    assertTrue(sent.get(0).html().contains("• "), sent.get(0).html());
  }

  @Test
  void linksLeftUnansweredAtTheLastStopAreResumedIntoTheirPlaceholder() {
    conversation.handle(new Incoming(5, 1, null, true, "/help", List.of(), List.of(), null, 5, null, null));
    memory.pending().add(new dev.newsbrief.store.PendingLinks.Job(0, 5, 2, null, link("/grid-storage"), null, 3,
        true, "en", 1));

    assertEquals(1, conversation.resumePending());

    assertTrue(sent.get(0).html().contains("1,200-megawatt"), "the old placeholder was edited: " + sent);
    assertEquals(1, sent.size());
    assertEquals(List.of(), memory.pending().all());
  }

  @Test
  void answeredLinksLeaveNothingPending() {
    conversation.handle(new Incoming(5, 1, null, true, link("/grid-storage"), List.of(link("/grid-storage")),
        List.of(), null, 5, null, null));
    assertEquals(List.of(), memory.pending().all());
  }

  @Test
  void inGroupsOnlyAdminsChangeTopicsButEveryoneMayLook() {
    conversation.handle(groupMessage(301, "/subscribe nvidia", List.of()));
    assertEquals("Only group admins can change this chat's topics and feeds.", sent.get(0).html());
    conversation.handle(new Incoming(-100, 302, 77, false, "/subscribe nvidia", List.of(), List.of(), null, ADMIN,
        null, null));
    assertTrue(sent.get(1).html().startsWith("Subscribed to <b>nvidia</b>"), sent.get(1).html());
    conversation.handle(groupMessage(303, "/topics", List.of()));
    assertTrue(sent.get(2).html().contains("<b>nvidia</b> — instant alerts"), sent.get(2).html());
    conversation.handle(groupMessage(304, "/unsubscribe nvidia", List.of()));
    assertEquals("Only group admins can change this chat's topics and feeds.", sent.get(3).html());
  }

  @Test
  void aCommandFloodFromOneUserIsAnsweredUpToTheLimitThenToldOnce() {
    for (int i = 1; i <= 100; i++) {
      conversation.handle(privateMessage(500 + i, 8, "/help", List.of()));
    }
    long helps = sent.stream().filter(s -> s.chat() == 8 && s.html().contains("/sum")).count();
    long notices = sent.stream().filter(s -> s.html().startsWith("That's a lot of commands in one minute")).count();
    assertEquals(Conversation.COMMANDS_PER_MINUTE, helps);
    assertEquals(1, notices, "told once, not once per message");
    conversation.handle(privateMessage(700, 9, "/help", List.of()));
    assertTrue(sent.get(sent.size() - 1).html().contains("/sum"), "another user is answered");
    nanos.addAndGet(java.time.Duration.ofSeconds(61).toNanos());
    conversation.handle(privateMessage(701, 8, "/help", List.of()));
    assertTrue(sent.get(sent.size() - 1).html().contains("/sum"), "a minute later the user is answered again");
  }
}
