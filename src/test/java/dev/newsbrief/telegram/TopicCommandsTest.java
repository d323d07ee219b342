package dev.newsbrief.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbrief.store.ChatSettingsTable;
import dev.newsbrief.store.Database;
import dev.newsbrief.store.Feeds;
import dev.newsbrief.store.Subscriptions;
import dev.newsbrief.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the topic commands answer, and what they store, on a real database file. */
class TopicCommandsTest {
  static final long CHAT = 42;
  static final Texts EN = Texts.of("en");

  @TempDir
  Path dir;
  Database db;
  Subscriptions subscriptions;
  Feeds feeds;
  TopicCommands topics;
  final TestClock clock = new TestClock(Instant.parse("2026-11-28T10:00:00Z"));
  final List<Long> lookedBack = new ArrayList<>();

  @BeforeEach
  void open() {
    db = Database.open(dir);
    subscriptions = new Subscriptions(db, clock);
    feeds = new Feeds(db, clock);
    topics = commands("");
  }

  TopicCommands commands(String searchTemplate) {
    return new TopicCommands(subscriptions, feeds, searchTemplate, new ChatSettingsTable(db, clock, 5),
        (chat, id, limit) -> {
          lookedBack.add(id);
          return 0;
        }, 2, clock);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void subscribingTwiceInAnotherOrderAndCaseIsTheSameTopic() {
    assertEquals("Subscribed to <b>Nvidia AMD</b>. I'll send one alert per story that matches.",
        topics.subscribe(CHAT, "Nvidia AMD", EN));
    assertEquals("You already follow <b>amd nvidia</b>. /topics lists your topics.",
        topics.subscribe(CHAT, "amd nvidia", EN));
    assertEquals(1, subscriptions.list(CHAT).size());
    assertEquals(1, lookedBack.size(), "a new topic looks back once");
  }

  @Test
  void aTopicThatCannotBeParsedSaysWhyAndGivesAnExample() {
    String reply = topics.subscribe(CHAT, "\"natural gas", EN);
    assertTrue(reply.startsWith("That topic doesn't work: "), reply);
    assertTrue(reply.contains("<code>/subscribe \"natural gas\" -stocks</code>"), reply);
    assertTrue(subscriptions.list(CHAT).isEmpty());
    assertTrue(topics.subscribe(CHAT, "", EN).startsWith("Tell me the topic"));
  }

  @Test
  void theChatsTopicLimitIsKept() {
    topics.subscribe(CHAT, "nvidia", EN);
    topics.subscribe(CHAT, "天然气", EN);
    assertEquals("This chat follows 2 topics, the most I keep per chat. Remove one in /topics first.",
        topics.subscribe(CHAT, "opec", EN));
    assertEquals("Subscribed to <b>opec</b>. I'll send one alert per story that matches.",
        topics.subscribe(7, "opec", EN), "the limit is per chat");
  }

  @Test
  void topicTextIsEscapedInEveryReply() {
    String reply = topics.subscribe(CHAT, "<b>x</b> co&co", EN);
    assertTrue(reply.contains("<b>&lt;b&gt;x&lt;/b&gt; co&amp;co</b>"), reply);
    String bad = topics.subscribe(CHAT, "<i> &", EN);
    assertTrue(bad.startsWith("That topic doesn't work: ") && !bad.contains("<i>") && !bad.contains(".."), bad);
  }

  @Test
  void unsubscribeFindsTheTopicAsTypedOrNormalized() {
    topics.subscribe(CHAT, "Natural Gas", EN);
    assertEquals("This chat doesn't follow <b>oil</b>. /topics lists your topics.", topics.unsubscribe(CHAT, "oil", EN));
    assertEquals("Unsubscribed from <b>Natural Gas</b>.", topics.unsubscribe(CHAT, "gas natural", EN));
    assertTrue(subscriptions.list(CHAT).isEmpty());
  }

  @Test
  void muteTakesASpanAndTopicsShowsUntilWhenInTheChatsZone() {
    topics.subscribe(CHAT, "nvidia", EN);
    assertTrue(topics.mute(CHAT, "nvidia soon", EN).startsWith("Send <code>/mute nvidia 8h</code> (m, h, d or w)"));
    topics.timeZone(CHAT, "Asia/Shanghai", EN);
    String reply = topics.mute(CHAT, "nvidia 8h", EN);
    assertEquals("<b>nvidia</b> is muted until 2026-11-29 02:00.", reply); // 10:00Z + 8 h = 02:00 in Shanghai
    assertTrue(topics.topics(CHAT, EN).html().contains("instant alerts, muted until 2026-11-29 02:00"));
    clock.advance(Duration.ofHours(9));
    assertTrue(topics.topics(CHAT, EN).html().endsWith("<b>nvidia</b> — instant alerts"), "the mute ran out");
    topics.mute(CHAT, "nvidia 1d", EN);
    assertEquals("<b>nvidia</b> is no longer muted.", topics.unmute(CHAT, "nvidia", EN));
  }

  @Test
  void aBareSpanMutesEveryTopicAndABareUnmuteResumesThemAll() {
    assertEquals("This chat follows no topics yet. Try <code>/subscribe nvidia</code>.", topics.mute(CHAT, "2h", EN));
    topics.subscribe(CHAT, "nvidia", EN);
    topics.subscribe(CHAT, "天然气", EN);
    topics.subscribe(7, "nvidia", EN); // another chat's topic stays as it is
    assertEquals("No topic of this chat is muted.", topics.unmute(CHAT, "", EN));

    assertEquals("All topics of this chat are muted until 2026-11-28 12:00. /unmute resumes them.",
        topics.mute(CHAT, " 2h ", EN));

    Instant now = clock.instant();
    assertTrue(subscriptions.list(CHAT).stream().allMatch(r -> r.mutedAt(now)));
    assertTrue(topics.topics(CHAT, Texts.of("zh")).html().contains("即时提醒，暂停至 2026-11-28 12:00"),
        "a Chinese comma in a Chinese list");
    assertTrue(subscriptions.list(7).stream().noneMatch(r -> r.mutedAt(now)));
    assertEquals("Every muted topic of this chat is on again.", topics.unmute(CHAT, "", EN));
    assertTrue(subscriptions.list(CHAT).stream().noneMatch(r -> r.mutedAt(now)));
    assertEquals("Send <code>/mute nvidia 8h</code> (m, h, d or w), or <code>/mute 8h</code> for all your topics; "
        + "<code>/unmute nvidia</code> or <code>/unmute</code> resumes them.", topics.mute(CHAT, "", EN));
  }

  @Test
  void aTopicThatDoesNotParseIsExplainedInTheChatsLanguage() {
    assertEquals("That topic doesn't work: a topic needs at least one word to look for, not only exclusions "
        + "(<code>-word</code>). Example: <code>/subscribe \"natural gas\" -stocks</code>",
        topics.subscribe(CHAT, "-rumor", EN));
    String zh = topics.subscribe(CHAT, "-传闻", Texts.of("zh"));
    assertTrue(zh.startsWith("这个话题无法使用：话题至少要有一个要查找的词"), zh);
    String ru = topics.subscribe(CHAT, "газ \"нефть", Texts.of("ru"));
    assertTrue(ru.startsWith("Такая тема не подходит: кавычка не закрыта"), ru);
    assertTrue(topics.subscribe(CHAT, "nvidia <>", EN).contains("<b>&lt;&gt;</b> has no letters or digits"),
        "the term is escaped");
    // every problem has its own wording in every language: none falls back to the key or to English
    String[] bad = {"", "x".repeat(201), "nvidia -", "\"natural gas", "nvidia \"\"", "!!!", "a b c d e f g h i j k",
        "-stocks", "nvidia OR"};
    for (String lang : List.of("en", "zh", "ru")) {
      Texts t = Texts.of(lang);
      java.util.Set<String> replies = new java.util.HashSet<>();
      for (String topic : bad) {
        String reply = topics.subscribe(CHAT, topic, t);
        assertTrue(!reply.contains("topic.") && !reply.contains("{0}"), lang + ": " + reply);
        replies.add(reply);
      }
      assertEquals(bad.length, replies.size(), lang + ": one wording per problem");
    }
    assertTrue(subscriptions.list(CHAT).isEmpty());
  }

  @Test
  void digestTimeIsValidatedAndCanBeSwitchedOff() {
    topics.subscribe(CHAT, "天然气", EN);
    assertTrue(topics.digest(CHAT, "天然气 25:00", EN).startsWith("Send <code>/digest nvidia 08:00</code>"));
    assertEquals("<b>天然气</b>: a daily digest at 07:30 (UTC). /timezone changes the time zone.",
        topics.digest(CHAT, "天然气 7:30", EN));
    assertEquals(450, subscriptions.list(CHAT).get(0).digestMinute());
    assertEquals("<b>天然气</b>: instant alerts again.", topics.digest(CHAT, "天然气 off", EN));
    assertNull(subscriptions.list(CHAT).get(0).digestMinute());
  }

  @Test
  void timeZonesByNameAnyCaseOrByOffset() {
    assertEquals("Time zone set to Europe/Berlin; digests follow it.", topics.timeZone(CHAT, "europe/berlin", EN));
    assertEquals(ZoneId.of("Europe/Berlin"), subscriptions.timeZone(CHAT));
    assertEquals("Time zone set to UTC+08:00; digests follow it.", topics.timeZone(CHAT, "UTC+8", EN));
    assertTrue(topics.timeZone(CHAT, "Mars/Olympus", EN).startsWith("I don't know the time zone \"Mars/Olympus\""));
    assertTrue(topics.timeZone(CHAT, "UTC+19", EN).startsWith("I don't know the time zone"));
    assertEquals(ZoneId.of("UTC+08:00"), subscriptions.timeZone(CHAT), "a bad zone changes nothing");
  }

  @Test
  void buttonsOnlyTouchTopicsOfTheChatTheyAreIn() {
    topics.subscribe(CHAT, "nvidia", EN);
    long id = subscriptions.list(CHAT).get(0).id();
    assertEquals("This button is no longer active.",
        topics.press(new ButtonPress("cb", 7, 1, 7, true, TopicCommands.REMOVE + id, null), EN));
    assertEquals("This button is no longer active.",
        topics.press(new ButtonPress("cb", CHAT, 1, CHAT, true, TopicCommands.REMOVE + "x1", null), EN));
    assertEquals(1, subscriptions.list(CHAT).size());
    assertEquals("Muted nvidia for 24 hours. /unmute to undo.",
        topics.press(new ButtonPress("cb", CHAT, 1, CHAT, true, TopicCommands.MUTE + id, null), EN));
    assertEquals("Removed nvidia.",
        topics.press(new ButtonPress("cb", CHAT, 1, CHAT, true, TopicCommands.REMOVE + id, null), EN));
    assertTrue(subscriptions.list(CHAT).isEmpty());
  }

  @Test
  void aSearchFeedTemplateAddsAFeedPerTopicAndDropsItWithTheTopic() {
    topics = commands("https://news.example.com/rss/search?q={query}&hl=en");
    topics.subscribe(CHAT, "natural gas", EN);
    assertEquals(List.of("https://news.example.com/rss/search?q=natural+gas&hl=en"),
        feeds.forChat(CHAT).stream().map(Feeds.Row::url).toList());
    topics.unsubscribe(CHAT, "natural gas", EN);
    assertTrue(feeds.forChat(CHAT).isEmpty());
  }
}
