package dev.newsbrief.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LargeFeedTest {

  @Test
  void parsesAFiveMegabyteFeedQuickly() {
    StringBuilder xml = new StringBuilder(5_300_000)
        .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Big</title>")
        .append("<link>https://big.example/</link><description>d</description>");
    String paragraph = "<p>" + "Natural gas prices 天然气 moved again today. ".repeat(40) + "</p>";
    int items = 0;
    while (xml.length() < 5 * 1024 * 1024) {
      xml.append("<item><title>Story ").append(items).append("</title><link>/s/").append(items)
          .append("</link><guid>g-").append(items).append("</guid><pubDate>Mon, 12 Jan 2026 09:00:00 GMT")
          .append("</pubDate><description><![CDATA[").append(paragraph).append("]]></description></item>");
      items++;
    }
    xml.append("</channel></rss>");
    byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
    int expected = items;

    Feed feed = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> new FeedParser().parse(bytes, "application/rss+xml", "https://big.example/rss",
            FeedFixtures.FETCHED_AT));

    assertTrue(bytes.length >= 5 * 1024 * 1024);
    assertEquals(expected, feed.items().size());
    assertEquals("https://big.example/s/" + (expected - 1), feed.items().get(expected - 1).link());
    assertTrue(feed.items().get(0).summary().length() <= FeedItem.MAX_SUMMARY);
  }
}
