package dev.newsbrief.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.lang.management.ManagementFactory;
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

    long allocatedBefore = allocatedBytes();
    // generous: the machine is shared with other builds; a quadratic parse would take minutes. In this
    // thread (not preemptive), so the allocation count below sees the parse
    Feed feed = assertTimeout(Duration.ofSeconds(30),
        () -> new FeedParser().parse(bytes, "application/rss+xml", "https://big.example/rss",
            FeedFixtures.FETCHED_AT));
    long allocated = allocatedBytes() - allocatedBefore;

    assertTrue(bytes.length >= 5 * 1024 * 1024);
    assertEquals(expected, feed.items().size());
    assertEquals("https://big.example/s/" + (expected - 1), feed.items().get(expected - 1).link());
    assertTrue(feed.items().get(0).summary().length() <= FeedItem.MAX_SUMMARY);
    // about 80 bytes allocated per input byte today (JDOM tree, ROME's copies, jsoup); all of it transient
    assertTrue(allocated < 1L << 30, "allocated " + (allocated >> 20) + " MB for a 5 MB feed");
  }

  /** Bytes allocated by this thread so far (0 where the JVM cannot tell; then the bound is not checked). */
  private static long allocatedBytes() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
        && threads.isThreadAllocatedMemorySupported()) {
      return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
    return 0;
  }
}
