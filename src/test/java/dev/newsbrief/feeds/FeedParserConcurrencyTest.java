package dev.newsbrief.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FeedParserConcurrencyTest {
  private static final List<String> FIXTURES = List.of("rss2-gbk.xml", "atom-xmlbase.xml", "rss1-rdf.xml",
      "jsonfeed-1.1.json", "rss2-no-guids.xml", "rss2-duplicate-guids.xml", "rss091-doctype.xml");

  @Test
  void oneSharedParserGivesTheSameFeedsFromManyThreads() throws Exception {
    FeedParser shared = new FeedParser();
    List<Feed> expected = new ArrayList<>();
    for (String name : FIXTURES) {
      expected.add(shared.parse(FeedFixtures.bytes(name), null, "https://x.example/f", FeedFixtures.FETCHED_AT));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Feed>> results = new ArrayList<>();
      for (int round = 0; round < 10; round++) {
        for (String name : FIXTURES) {
          results.add(pool.submit(
              () -> shared.parse(FeedFixtures.bytes(name), null, "https://x.example/f", FeedFixtures.FETCHED_AT)));
        }
      }
      for (int i = 0; i < results.size(); i++) {
        assertEquals(expected.get(i % FIXTURES.size()), results.get(i).get(30, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
