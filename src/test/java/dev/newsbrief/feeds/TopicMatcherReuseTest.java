package dev.newsbrief.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The matcher reads items into per-thread buffers (token ids, a word memo) that outlive one matcher: a rebuilt
 * matcher on the same thread must not see the old one's ids.
 */
class TopicMatcherReuseTest {
  private static List<Long> ids(TopicMatcher m, String title, String body) {
    return m.match(title, body).stream().map(t -> t.subscription().subscriptionId()).toList();
  }

  private static Subscription sub(long id, String topic) {
    return new Subscription(1, id, TopicQuery.parse(topic));
  }

  @Test
  void aRebuiltMatcherOnTheSameThreadAnswersWithItsOwnTopics() {
    TopicMatcher first = TopicMatcher.of(List.of(sub(1, "天然气"), sub(2, "chips")));
    assertEquals(List.of(1L, 2L), ids(first, "国内天然气价格上涨", "Chip makers raise prices"));

    TopicMatcher second = TopicMatcher.of(List.of(sub(3, "石油"), sub(4, "\"raise prices\""), sub(5, "gas -chip")));
    assertEquals(List.of(3L, 4L), ids(second, "石油与天然气", "Chip makers raise prices"));
    assertEquals(List.of(1L, 2L), ids(first, "国内天然气价格上涨", "Chip makers raise prices"));
    assertEquals(List.of(5L), ids(second, "Gas", "makers raise"));
  }

  @Test
  void aPhraseDoesNotSpanTitleAndBodyAndUnknownWordsBreakIt() {
    TopicMatcher m = TopicMatcher.of(List.of(sub(1, "\"natural gas\""), sub(2, "\"天然气 价格\"")));
    assertEquals(List.of(), ids(m, "Natural", "gas prices"));
    assertEquals(List.of(), ids(m, "Natural green gas", null));
    assertEquals(List.of(1L), ids(m, "Cheap NATURAL-GAS", null));
    assertEquals(List.of(2L), ids(m, null, "天然气，价格上涨"));
  }
}
