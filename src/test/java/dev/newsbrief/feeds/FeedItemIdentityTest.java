package dev.newsbrief.feeds;

import static dev.newsbrief.feeds.FeedFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeedItemIdentityTest {

  @Test
  void itemsWithoutGuidAreIdentifiedByTheirCanonicalLink() throws Exception {
    List<FeedItem> items = parse("rss2-no-guids.xml", "application/rss+xml", "https://paper.example.com/rss")
        .items();

    assertEquals("https://paper.example.com/news/council?id=7", items.get(0).id(), "tracking parameters dropped");
    assertEquals("https://paper.example.com/news/council?utm_source=feed&id=7", items.get(0).link());
    assertEquals("https://paper.example.com/news/bridge", items.get(1).id());
  }

  @Test
  void itemWithNeitherGuidNorLinkIsIdentifiedByAHashOfTitleAndText() throws Exception {
    FeedItem letter = parse("rss2-no-guids.xml", null, "https://paper.example.com/rss").items().get(5);

    assertEquals("Letter from a reader", letter.title());
    assertEquals(ItemIdentity.hash("Letter from a reader", "Neither guid nor link."), letter.id());
    assertTrue(letter.id().startsWith("sha256:"));
  }

  @Test
  void duplicatedGuidsFallBackToLinksAndRepeatedItemsAreKeptOnce() throws Exception {
    List<FeedItem> items = parse("rss2-duplicate-guids.xml", null, "https://cms.example.com/rss").items();

    assertEquals(List.of("https://cms.example.com/a", "https://cms.example.com/b", "https://cms.example.com/c"),
        items.stream().map(FeedItem::id).toList());
  }

  @Test
  void differentItemsSharingGuidAndLinkAreToldApartByTheirText() throws Exception {
    String xml = "<rss version=\"2.0\"><channel><title>t</title><link>https://s.example/</link>"
        + "<description>d</description>"
        + "<item><title>One</title><link>https://s.example/live</link><guid>live</guid></item>"
        + "<item><title>Two</title><link>https://s.example/live</link><guid>live</guid></item>"
        + "</channel></rss>";
    List<FeedItem> items = new FeedParser().parse(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), null,
        "https://s.example/f", FeedFixtures.FETCHED_AT).items();

    assertEquals(2, items.size());
    assertEquals("https://s.example/live", items.get(0).id());
    assertNotEquals(items.get(0).id(), items.get(1).id());
  }

  @Test
  void hashIgnoresNothingButIsStable() {
    assertEquals(ItemIdentity.hash("a", "b"), ItemIdentity.hash("a", "b"));
    assertNotEquals(ItemIdentity.hash("ab", ""), ItemIdentity.hash("a", "b"));
  }
}
