package dev.newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbrief.config.Config;
import dev.newsbrief.config.ConfigLoader;
import dev.newsbrief.testing.FakeTelegram;
import dev.newsbrief.testing.Sites;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real wiring from {@code cli} against a fake Bot API and a local article site, as a user would use it. */
class BotEndToEndTest {
  static final String TOKEN = "123456:TEST-token_e2e";
  static final long ANN = 42;
  static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir
  Path data;
  FakeTelegram telegram;
  MockWebServer site;
  final Sites sites = new Sites();
  BotCommand.Running bot;

  @BeforeEach
  void start() throws Exception {
    telegram = new FakeTelegram(TOKEN);
    site = new MockWebServer();
    site.setDispatcher(sites);
    site.start(InetAddress.getByName("127.0.0.1"), 0);
    bot = BotCommand.start(config());
  }

  Config config() {
    return new ConfigLoader(Map.of(
        "TELEGRAM_BOT_TOKEN", TOKEN,
        "TELEGRAM_API_URL", telegram.apiUrl(),
        "NEWSBRIEF_DATA_DIR", data.toString(),
        "NEWSBRIEF_FEEDS_FILE", data.resolve("no-feeds.yaml").toString(),
        "NEWSBRIEF_ALLOW_PRIVATE", "127.0.0.1:" + site.getPort(),
        "NEWSBRIEF_CONFIG", Path.of("config", "newsbrief.properties").toString())).load();
  }

  @AfterEach
  void stop() {
    bot.close();
    telegram.close();
    site.close();
  }

  String link(String path) {
    return "http://127.0.0.1:" + site.getPort() + path;
  }

  @Test
  void userSendsLinkAndGetsTitleKeyPointsSourcesAndOriginalLink() throws Exception {
    telegram.userSends(ANN, "have a look " + link("/grid-storage"));

    FakeTelegram.ChatMessage reply = telegram.awaitMessage(ANN, t -> t.contains("•"), WAIT);

    String html = reply.text();
    assertTrue("HTML".equalsIgnoreCase(reply.parseMode()), reply.parseMode());
    assertTrue(html.startsWith("<b>Desert town switches on the country&#39;s largest battery</b>")
        || html.startsWith("<b>Desert town switches on the country's largest battery</b>"), html);
    assertTrue(html.contains("1,200-megawatt battery"), html);
    long bullets = html.lines().filter(l -> l.startsWith("• ")).count();
    assertTrue(bullets >= 3 && bullets <= 6, "3-6 key points: " + html);
    assertTrue(html.contains("<b>Sources</b>"), html);
    assertTrue(html.contains("https://energy.example.gov/outlook-2025"), html);
    assertTrue(html.contains("<a href=\"" + link("/grid-storage") + "\">Original article</a>"), html);
    assertFalse(html.contains("Share on Facebook") || html.contains("Wind farm delayed") || html.contains("Great news"),
        "no share bar, related links or comments: " + html);
    assertTrue(html.length() <= 4096);
  }

  @Test
  void replyIsThePlaceholderEditedInPlace() throws Exception {
    int sent = telegram.userSends(ANN, link("/grid-storage"));

    telegram.awaitMessage(ANN, t -> t.contains("•"), WAIT);

    List<FakeTelegram.Call> sends = telegram.calls("sendMessage");
    assertEquals(1, sends.size(), "one message: the placeholder, then edited");
    assertTrue(sends.get(0).body().path("text").asText().contains("Reading"));
    assertEquals(sent, sends.get(0).body().path("reply_parameters").path("message_id").asInt());
    assertTrue(sends.get(0).body().path("reply_parameters").path("allow_sending_without_reply").asBoolean());
    assertEquals(1, telegram.calls("editMessageText").size());
  }

  @Test
  void forwardedPostIsSummarizedAndAttributed() throws Exception {
    telegram.userForwardsFromChannel(ANN, "Big news today " + link("/grid-storage"), "Energy <Daily>");

    String html = telegram.awaitMessage(ANN, t -> t.contains("•"), WAIT).text();

    assertTrue(html.startsWith("<i>Forwarded from Energy &lt;Daily&gt;</i>"), html);
  }

  @Test
  void sumCommandWorksWithALinkAndAsAReply() throws Exception {
    telegram.userSends(ANN, "/sum " + link("/grid-storage"));
    telegram.awaitMessage(ANN, t -> t.contains("•"), WAIT);

    telegram.userReplies(ANN + 1, "/sum", "read this " + link("/grid-storage?utm_source=tg"));
    String html = telegram.awaitMessage(ANN + 1, t -> t.contains("•"), WAIT).text();
    assertTrue(html.contains("1,200-megawatt"), html);
    assertEquals(1, sites.hits("/grid-storage"), "the second request came from the cache");
  }

  @Test
  void brokenLinkGetsAShortHumanReason() throws Exception {
    telegram.userSends(ANN, link("/gone"));

    String text = telegram.awaitMessage(ANN, t -> t.startsWith("Couldn't open"), WAIT).text();

    assertEquals("Couldn't open that page: the site answered 404. Check the link.", text);
  }

  @Test
  void privateAddressIsRefusedWithoutAnyRequestReachingIt() throws Exception {
    try (MockWebServer intranet = new MockWebServer()) {
      intranet.enqueue(new MockResponse.Builder().body("<p>secret</p>").build());
      intranet.start(InetAddress.getByName("127.0.0.1"), 0);

      telegram.userSends(ANN, "http://127.0.0.1:" + intranet.getPort() + "/admin");

      String text = telegram.awaitMessage(ANN, t -> t.contains("private"), WAIT).text();
      assertTrue(text.startsWith("I can't open that address"), text);
      assertEquals(0, intranet.getRequestCount());
    }
  }

  @Test
  void commandsGetAnswersAndTheMenuIsSet() throws Exception {
    List<FakeTelegram.Call> menu = telegram.awaitCalls("setMyCommands", 3, WAIT);
    String commands = menu.get(0).body().path("commands").toString();
    assertTrue(commands.contains("\"sum\"") && commands.contains("\"help\"") && commands.contains("\"start\"")
        && commands.contains("\"settings\"") && commands.contains("\"lang\""), commands);
    assertTrue(menu.get(0).body().path("language_code").isMissingNode());
    assertEquals("zh", menu.get(1).body().path("language_code").asText());
    assertTrue(menu.get(1).body().path("commands").toString().contains("界面语言"));
    assertEquals("ru", menu.get(2).body().path("language_code").asText());

    telegram.userSends(ANN, "/help");
    assertTrue(telegram.awaitMessage(ANN, t -> t.contains("/sum"), WAIT).text().contains("/help"));
    telegram.userSends(ANN + 2, "/frobnicate");
    telegram.awaitMessage(ANN + 2, t -> t.startsWith("I don't know /frobnicate"), WAIT);
    telegram.userSends(ANN + 3, "hello there");
    telegram.awaitMessage(ANN + 3, t -> t.startsWith("Send me a link"), WAIT);
  }

  @Test
  void tooManyLinksAreNamedAsSkipped() throws Exception {
    telegram.userSends(ANN, String.join(" ", link("/grid-storage"), link("/gone"), link("/zh-gas"),
        link("/grid-storage#comments") + "x", link("/extra")));

    String note = telegram.awaitMessage(ANN, t -> t.startsWith("I summarize up to 3 links"), WAIT).text();

    assertTrue(note.contains("/extra"), note);
  }

  @Test
  void chineseArticleGetsChineseKeyPoints() throws Exception {
    telegram.userSends(ANN, link("/zh-gas"));

    String html = telegram.awaitMessage(ANN, t -> t.contains("•"), WAIT).text();

    assertTrue(html.contains("天然气"), html);
    assertTrue(html.contains("ZH"), "language in the meta line: " + html);
  }


  @Test
  void settingsChosenWithAButtonSurviveARestart() throws Exception {
    telegram.userSends(ANN, "/settings");
    FakeTelegram.ChatMessage settings = telegram.awaitMessage(ANN, t -> t.contains("Summary length: 5"), WAIT);
    assertTrue(settings.lastCall().path("reply_markup").toString().contains("set:p:3"));

    telegram.userPresses(ANN, settings.messageId(), "set:p:3");
    telegram.awaitMessage(ANN, t -> t.contains("Summary length: 3"), WAIT);
    assertEquals("Saved.", telegram.awaitCalls("answerCallbackQuery", WAIT).get(0).body().path("text").asText());

    bot.close();
    bot = BotCommand.start(config());
    telegram.userSends(ANN + 5, "/start");
    telegram.awaitMessage(ANN + 5, t -> t.contains("key points"), WAIT);
    telegram.userSends(ANN, link("/grid-storage"));
    String html = telegram.awaitMessage(ANN, t -> t.contains("• "), WAIT).text();
    assertEquals(3, html.lines().filter(l -> l.startsWith("• ")).count(), html);
  }

  @Test
  void anUpdateDeliveredAgainIsNotAnsweredTwice() throws Exception {
    telegram.userSends(ANN, "/help");
    telegram.awaitMessage(ANN, t -> t.contains("/sum"), WAIT);
    telegram.redeliverLast();
    telegram.userSends(ANN, "/start");
    telegram.awaitMessage(ANN, t -> t.contains("Hi!"), WAIT);

    assertEquals(2, telegram.chatText(ANN).size(), telegram.chatText(ANN).toString());
  }

  @Test
  void shorterAndMoreEditTheSummaryInPlaceAndEveryPressIsAnswered() throws Exception {
    telegram.userSends(ANN, link("/grid-storage"));
    FakeTelegram.ChatMessage summary = telegram.awaitMessage(ANN, t -> t.contains("• "), WAIT);
    String markup = summary.lastCall().path("reply_markup").toString();
    assertTrue(markup.contains("b:more") && markup.contains("b:less") && markup.contains(link("/grid-storage")),
        markup);
    assertEquals(5, bullets(summary.text()));

    telegram.userPresses(ANN, summary.messageId(), "b:less");
    telegram.awaitMessage(ANN, t -> bullets(t) == 3, WAIT);
    telegram.userPresses(ANN, summary.messageId(), "b:less");
    telegram.userPresses(ANN, summary.messageId(), "b:more");
    telegram.awaitMessage(ANN, t -> bullets(t) == 5, WAIT);

    List<FakeTelegram.Call> answers = telegram.awaitCalls("answerCallbackQuery", 3, WAIT);
    assertEquals("That's the shortest summary.", answers.get(1).body().path("text").asText());
    assertEquals(1, telegram.chatText(ANN).size(), "the same message, edited: " + telegram.chatText(ANN));
    assertEquals(1, sites.hits("/grid-storage"), "resizing uses the cache");
  }

  @Test
  void aPhotoCaptionAndAHiddenTextLinkAreSummarizedToo() throws Exception {
    telegram.userSendsPhoto(ANN, "see " + link("/grid-storage"));
    telegram.awaitMessage(ANN, t -> t.contains("1,200-megawatt"), WAIT);

    telegram.userSendsTextLink(ANN + 1, "read the gas story here", "here", link("/zh-gas"));
    telegram.awaitMessage(ANN + 1, t -> t.contains("天然气"), WAIT);
  }

  @Test
  void aGroupIsAnsweredOnlyWhenItAsks() throws Exception {
    long group = -1001;
    telegram.groupMemberSends(group, 7, "interesting " + link("/grid-storage"), false);
    telegram.groupMemberSends(group, 7, "and this " + link("/grid-storage"), true);
    telegram.awaitMessage(group, t -> t.contains("• "), WAIT);
    telegram.groupMemberSends(group, 7, "/sum@" + FakeTelegram.BOT_USERNAME + " " + link("/zh-gas"), false);
    telegram.awaitMessage(group, t -> t.contains("天然气"), WAIT);

    assertEquals(2, telegram.chatText(group).size(), "the plain link was left alone: " + telegram.chatText(group));
  }

  @Test
  void aPaywalledPageIsSummarizedAsAPreviewAndSaysSo() throws Exception {
    telegram.userSends(ANN, link("/paywalled"));

    String html = telegram.awaitMessage(ANN, t -> t.contains("• "), WAIT).text();

    assertTrue(html.contains("Only a preview was available"), html);
    assertTrue(html.contains("sodium cells"), html);
    assertFalse(html.contains("Subscribe") || html.contains("$1 a week"), html);
  }

  @Test
  void aChannelTurnsOnSummariesOfItsOwnPostsAndOnlyAdminsCanChangeThat() throws Exception {
    long channel = -100777;
    telegram.makeAdmin(channel, 31);
    telegram.channelPosts(channel, "Morning read " + link("/grid-storage"));
    telegram.channelPosts(channel, "/settings");
    FakeTelegram.ChatMessage settings = telegram.awaitMessage(channel, t -> t.contains("Summarize every link: off"), WAIT);

    telegram.memberPresses(channel, 32, settings.messageId(), "set:a:1");
    telegram.awaitCalls("answerCallbackQuery", 1, WAIT);
    telegram.memberPresses(channel, 31, settings.messageId(), "set:a:1");
    telegram.awaitMessage(channel, t -> t.contains("Summarize every link: on"), WAIT);
    telegram.channelPosts(channel, "Evening read " + link("/zh-gas"));

    telegram.awaitMessage(channel, t -> t.contains("天然气"), WAIT);
    assertEquals(2, telegram.chatText(channel).size(), "the first post came before the setting: "
        + telegram.chatText(channel));
    List<FakeTelegram.Call> answers = telegram.calls("answerCallbackQuery");
    assertEquals("Only group admins can change settings.", answers.get(0).body().path("text").asText());
  }

  @Test
  void aForumTopicGetsItsAnswerInTheSameTopic() throws Exception {
    telegram.forumMemberSends(-100555, 17, "/sum@" + FakeTelegram.BOT_USERNAME + " " + link("/grid-storage"));

    telegram.awaitMessage(-100555, t -> t.contains("• "), WAIT);

    assertEquals(17, telegram.calls("sendMessage").get(telegram.calls("sendMessage").size() - 1).body()
        .path("message_thread_id").asInt());
  }

  @Test
  void aRateLimitedReplyArrivesOnceAfterRetryAfter() throws Exception {
    telegram.failNext("editMessageText", 429, "Too Many Requests: retry after 1", 1);

    telegram.userSends(ANN, link("/grid-storage"));

    telegram.awaitMessage(ANN, t -> t.contains("• "), WAIT);
    assertEquals(2, telegram.calls("editMessageText").size(), "refused once, then delivered");
    assertEquals(1, telegram.chatText(ANN).size(), "exactly one message: " + telegram.chatText(ANN));
  }

  @Test
  void aBlockedUserGetsNothingMoreUntilTheyWriteAgain() throws Exception {
    telegram.failNext("sendMessage", 403, "Forbidden: bot was blocked by the user", null);
    telegram.userSends(ANN, "/help");
    telegram.awaitCalls("sendMessage", 1, WAIT);
    telegram.userSends(ANN + 9, "/help"); // another chat, to know the bot has moved on
    telegram.awaitMessage(ANN + 9, t -> t.contains("/sum"), WAIT);
    assertEquals(List.of(), telegram.chatText(ANN));

    telegram.userSends(ANN, "/start");
    telegram.awaitMessage(ANN, t -> t.contains("Hi!"), WAIT);
  }

  static long bullets(String html) {
    return html.lines().filter(l -> l.startsWith("• ")).count();
  }
}
