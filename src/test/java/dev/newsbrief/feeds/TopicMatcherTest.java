package dev.newsbrief.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The indexed matcher: which subscriptions an item matches, and the same answers as trying every topic. */
class TopicMatcherTest {

  static Subscription sub(long chat, long id, String topic) {
    return new Subscription(chat, id, TopicQuery.parse(topic));
  }

  static List<Long> ids(List<TopicMatch> matches) {
    return matches.stream().map(m -> m.subscription().subscriptionId()).toList();
  }

  @Test
  void findsEverySubscriptionAnItemMatchesInTheGivenOrder() {
    TopicMatcher matcher = TopicMatcher.of(List.of(
        sub(1, 10, "天然气"),
        sub(1, 11, "nvidia -intel"),
        sub(2, 20, "\"natural gas\""),
        sub(2, 21, "oil OR 石油"),
        sub(3, 30, "gasoline")));

    assertEquals(List.of(10L, 20L), ids(matcher.match("Natural gas: 国内天然气价格上涨", null)));
    assertEquals(List.of(11L, 21L), ids(matcher.match("Nvidia buys an oil rig", "no chipmakers involved")));
    assertEquals(List.of(21L), ids(matcher.match("Nvidia and Intel", "石油价格")));
    assertEquals(List.of(), ids(matcher.match(null, null)));
    assertEquals(5, matcher.size());
  }

  @Test
  void saysWhichAlternativeMatchedAsTyped() {
    TopicMatcher matcher = TopicMatcher.of(List.of(sub(1, 1, "oil OR 天然气 价格 -煤炭")));

    List<TopicMatch> matches = matcher.match("国内天然气价格上涨", null);

    assertEquals(1, matches.size());
    assertEquals("天然气 价格", matches.get(0).matched());
  }

  @Test
  void matchesASubscriptionOnceEvenWhenSeveralAlternativesMatch() {
    TopicMatcher matcher = TopicMatcher.of(List.of(sub(7, 1, "nvidia OR amd OR 芯片")));

    List<TopicMatch> matches = matcher.match("Nvidia, AMD 芯片", null);

    assertEquals(List.of(1L), ids(matches));
    assertEquals("nvidia", matches.get(0).matched());
    assertEquals(7, matches.get(0).subscription().chatId());
  }

  @Test
  void keysOnTheRarerTermSoACommonWordStillMatches() {
    TopicMatcher matcher = TopicMatcher.of(List.of(sub(1, 1, "the semiconductor"), sub(1, 2, "the")));

    assertEquals(List.of(1L, 2L), ids(matcher.match("The semiconductor race", null)));
    assertEquals(List.of(2L), ids(matcher.match("The race", null)));
  }

  @Test
  void aSingleCjkCharacterTopicMatchesInsideAWord() {
    TopicMatcher matcher = TopicMatcher.of(List.of(sub(1, 1, "油"), sub(1, 2, "石油价")));

    assertEquals(List.of(1L, 2L), ids(matcher.match("原油 石油价格", null)));
  }

  /** Word forms, phrases, exclusions, OR and CJK terms drawn from small vocabularies so that they collide. */
  static final String[] WORDS = {"gas", "gases", "gasoline", "chip", "chips", "nvidia", "amd", "intel", "rate",
      "rates", "rating", "oil", "the", "new", "news", "price", "prices", "natural", "company", "companies",
      "газ", "газа", "нефть", "café", "cafe", "ＣＡＦＥ", "stop", "stopped", "h200", "covid-19"};
  static final String[] CJK = {"天然气", "天然", "气价", "石油", "油", "价格", "芯片", "英伟达", "上涨", "ガス", "가스"};

  static String randomTerm(Random r) {
    return r.nextInt(4) == 0 ? CJK[r.nextInt(CJK.length)] : WORDS[r.nextInt(WORDS.length)];
  }

  static String randomClause(Random r) {
    StringBuilder b = new StringBuilder();
    int required = 1 + r.nextInt(2);
    for (int i = 0; i < required; i++) {
      b.append(r.nextInt(5) == 0 ? "\"" + randomTerm(r) + " " + randomTerm(r) + "\"" : randomTerm(r)).append(' ');
    }
    if (r.nextInt(3) == 0) {
      b.append('-').append(randomTerm(r)).append(' ');
    }
    return b.toString().strip();
  }

  static String randomTopic(Random r) {
    return r.nextInt(5) == 0 ? randomClause(r) + " OR " + randomClause(r) : randomClause(r);
  }

  static String randomText(Random r, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      int kind = r.nextInt(8);
      b.append(kind == 0 ? CJK[r.nextInt(CJK.length)] : kind < 4 ? "filler" : WORDS[r.nextInt(WORDS.length)]);
      b.append(r.nextInt(3) == 0 ? "" : r.nextInt(4) == 0 ? ", " : " ");
    }
    return b.toString();
  }

  @Test
  void givesExactlyTheAnswersOfTryingEveryTopicOnEveryItem() {
    Random r = new Random(20261128L);
    List<Subscription> subs = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      subs.add(sub(r.nextInt(300), i, randomTopic(r)));
    }
    TopicMatcher matcher = TopicMatcher.of(subs);
    int matched = 0;
    for (int n = 0; n < 1500; n++) {
      String title = randomText(r, 2 + r.nextInt(6));
      String body = r.nextInt(4) == 0 ? null : randomText(r, r.nextInt(20));
      List<TopicMatch> expected = new ArrayList<>();
      ItemText item = ItemText.of(title, body);
      for (Subscription s : subs) {
        Clause clause = s.query().matchingClause(item);
        if (clause != null) {
          expected.add(new TopicMatch(s, clause.display()));
        }
      }
      List<TopicMatch> actual = matcher.match(title, body);
      if (!actual.equals(expected)) {
        assertEquals(summary(expected), summary(actual), "title: " + title + " body: " + body);
      }
      matched += expected.size();
    }
    // the guard is only worth something if items match some topics and miss most
    assertTrue(matched > 1500 && matched < 1500 * 1500 / 8, "matches: " + matched);
  }

  static String summary(List<TopicMatch> matches) {
    return matches.stream().map(m -> m.subscription().subscriptionId() + ":" + m.subscription().query() + " ("
        + m.matched() + ")").collect(java.util.stream.Collectors.joining("\n"));
  }
}
