package dev.newsbrief.feeds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same-story threshold, measured: wire copies of one story (re-headlined, trimmed, a word swapped, Chinese
 * outlets rewording a lead) against different stories sharing their vocabulary. The threshold must sit between
 * the lowest same-story score and the highest different-story score.
 */
class ShinglesTest {
  private static final List<String[]> SAME = List.of(
      new String[] {"Apple unveils iPhone 17 with a faster chip and a bigger battery",
          "Apple unveils iPhone 17 with faster chip and bigger battery, starting at $799"},
      new String[] {"Tesla recalls 2 million vehicles over Autopilot safety concerns",
          "Tesla recalls 2 million vehicles in US over Autopilot safety concerns"},
      new String[] {"Magnitude 6.8 earthquake strikes off the coast of Japan, tsunami warning issued",
          "Magnitude 6.8 earthquake strikes off coast of Japan; tsunami warning issued - Reuters"},
      new String[] {"Fed holds interest rates steady, signals two cuts later this year",
          "Fed holds interest rates steady and signals two cuts later this year"},
      new String[] {"国家统计局：10月份全国居民消费价格同比上涨0.2%",
          "国家统计局发布：10月份全国居民消费价格同比上涨0.2%"},
      new String[] {"华为发布新一代麒麟芯片 性能提升40%", "华为发布新一代麒麟芯片，性能提升40%以上"});
  private static final List<String[]> DIFFERENT = List.of(
      new String[] {"Apple unveils iPhone 17 with a faster chip and a bigger battery",
          "Apple unveils iPad Pro with a faster chip and an OLED screen"},
      new String[] {"Tesla recalls 2 million vehicles over Autopilot safety concerns",
          "Ford recalls 500,000 vehicles over brake safety concerns"},
      new String[] {"Magnitude 6.8 earthquake strikes off the coast of Japan, tsunami warning issued",
          "Magnitude 5.1 earthquake strikes near Istanbul, no damage reported"},
      new String[] {"Fed holds interest rates steady, signals two cuts later this year",
          "ECB holds interest rates steady as inflation cools"},
      new String[] {"国家统计局：10月份全国居民消费价格同比上涨0.2%",
          "国家统计局：10月份工业生产者出厂价格同比下降2.1%"},
      new String[] {"华为发布新一代麒麟芯片 性能提升40%", "小米发布新一代澎湃芯片 续航提升20%"});

  @Test
  void thresholdSeparatesSameStoryFromDifferentStory() {
    double lowestSame = SAME.stream().mapToDouble(ShinglesTest::score).min().orElseThrow();
    double highestDifferent = DIFFERENT.stream().mapToDouble(ShinglesTest::score).max().orElseThrow();
    assertTrue(lowestSame >= Shingles.SAME_STORY, "lowest same-story score " + lowestSame);
    assertTrue(highestDifferent < Shingles.SAME_STORY, "highest different-story score " + highestDifferent);
  }

  @Test
  void encodingRoundTrips() {
    Shingles s = Shingles.of("Nvidia beats estimates again", "Shares rose 5% after hours. 英伟达 业绩");
    Shingles back = Shingles.decode(s.encode());
    assertArrayEquals(s.title(), back.title());
    assertArrayEquals(s.all(), back.all());
    assertTrue(s.encode().length() < 8 * s.all().length, "about 7 characters per shingle");
  }

  private static double score(String[] pair) {
    double s = Shingles.similarity(Shingles.of(pair[0], null), Shingles.of(pair[1], null));
    System.out.printf("%.3f  %s | %s%n", s, pair[0], pair[1]);
    return s;
  }
}
