package dev.newsbrief.feeds;

import static dev.newsbrief.feeds.FeedFixtures.FETCHED_AT;
import static dev.newsbrief.feeds.FeedFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

  @Test
  void readsChineseRss2DeclaredGb2312AsGb18030() throws Exception {
    Feed feed = parse("rss2-gbk.xml", "application/rss+xml", "http://www.news.cn/fortune/rss.xml");

    assertEquals("新华网 - 经济频道", feed.title());
    assertEquals("zh-cn", feed.language());
    assertEquals(15, feed.ttlMinutes());
    assertEquals("http://www.news.cn/fortune/", feed.siteLink());
    FeedItem first = feed.items().get(0);
    // 镕 is outside GB2312; it survives because gb2312 is decoded as GB18030
    assertEquals("天然气价格下调 朱镕基时期改革回顾", first.title());
    assertEquals("xinhua-1130001", first.id());
    assertEquals("http://www.news.cn/fortune/20260115/c_1130001.htm", first.link());
    assertEquals("国家发展改革委15日宣布，天然气门站价格下调。 专家称 这有利于降低企业成本。", first.summary());
    assertEquals(Instant.parse("2026-01-15T00:30:00Z"), first.published());
    assertEquals("新华社记者 王磊", first.author());
    assertEquals("①季度外贸数据发布", feed.items().get(1).title());
  }

  @Test
  void contentTypeCharsetWinsOverTheXmlDeclaration() throws Exception {
    String xml = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel><title>Ünïcode"
        + "</title><link>https://u.example/</link><description>d</description></channel></rss>";
    Feed feed = new FeedParser().parse(xml.getBytes(StandardCharsets.UTF_8), "text/xml; charset=\"UTF-8\"",
        "https://u.example/feed", FETCHED_AT);

    assertEquals("Ünïcode", feed.title());
    assertTrue(feed.items().isEmpty(), "a feed without items is a feed");
  }

  @Test
  void byteOrderMarkWinsAndLeadingWhitespaceIsTolerated() throws Exception {
    byte[] body = ("\n  <?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel>"
        + "<title>Новости</title><link>https://ru.example/</link><description>d</description>"
        + "<item><title>Газ</title><link>https://ru.example/1</link></item></channel></rss>")
        .getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);

    Feed feed = new FeedParser().parse(withBom, null, "https://ru.example/rss", FETCHED_AT);

    assertEquals("Новости", feed.title());
    assertEquals("Газ", feed.items().get(0).title());
  }

  @Test
  void resolvesAtomLinksAgainstXmlBaseAndTheFeedUrl() throws Exception {
    Feed feed = parse("atom-xmlbase.xml", "application/atom+xml", "https://feeds.example.org/journal.atom");

    assertEquals("Field & Stream notes", feed.title());
    assertEquals("en-GB", feed.language());
    assertNull(feed.ttlMinutes());
    assertEquals("https://blog.example.org/journal/", feed.siteLink());
    FeedItem gas = feed.items().get(0);
    assertEquals("tag:blog.example.org,2026:gas-prices", gas.id());
    assertEquals("https://blog.example.org/journal/2026/01/gas-prices?utm_source=rss#comments", gas.link());
    assertEquals("Wholesale gas fell again, analysts say.", gas.summary());
    assertEquals(Instant.parse("2026-01-20T08:15:00Z"), gas.published());
    assertEquals("Ada Lovelace", gas.author());
    FeedItem older = feed.items().get(1);
    assertEquals("https://blog.example.org/archive/older-note.html", older.link());
    assertEquals("Written last year.", older.summary());
    assertEquals(Instant.parse("2025-12-01T08:00:00Z"), older.published(), "updated stands in for published");
    assertNull(older.author());
  }

  @Test
  void readsRss10RdfWithDublinCore() throws Exception {
    Feed feed = parse("rss1-rdf.xml", "application/rdf+xml", "https://slashdot.example.com/index.rdf");

    assertEquals("Slashdot Example", feed.title());
    assertEquals(2, feed.items().size());
    FeedItem first = feed.items().get(0);
    assertEquals("https://slashdot.example.com/story/26/01/10/1", first.id(), "rdf:about is the guid");
    assertEquals("Linux 7.0 Released", first.title());
    assertEquals("https://slashdot.example.com/story/26/01/10/1?utm_medium=rss", first.link());
    assertEquals("Linus tagged the release & went to dinner.", first.summary());
    assertEquals(Instant.parse("2026-01-10T18:20:00Z"), first.published());
    assertEquals("msmash", first.author());
  }

  @Test
  void readsJsonFeed11() throws Exception {
    Feed feed = parse("jsonfeed-1.1.json", "application/feed+json", "https://daring.example.net/feeds/json");

    assertEquals("Daring Example", feed.title());
    assertEquals("https://daring.example.net/", feed.siteLink());
    assertEquals("en-US", feed.language());
    List<FeedItem> items = feed.items();
    assertEquals(3, items.size());
    assertEquals("https://daring.example.net/2026/01/21/vision", items.get(0).link());
    assertEquals("It’s been a year. Sales Apps", items.get(0).summary());
    assertEquals(Instant.parse("2026-01-21T21:02:44Z"), items.get(0).published());
    assertEquals("John Example", items.get(0).author());
    assertEquals("4242", items.get(1).id(), "a numeric id is read as text");
    assertEquals("https://other.example.com/story", items.get(1).link());
    assertEquals("Plain text with <angle> brackets & ampersands.", items.get(1).summary());
    assertEquals(Instant.ofEpochSecond(1768500000L), items.get(1).published(), "epoch seconds");
    assertEquals("Old Author Field", items.get(1).author());
    assertEquals("", items.get(2).title());
    assertEquals("A microblog post without a title or a date.", items.get(2).summary());
    assertEquals(FETCHED_AT, items.get(2).published());
  }

  @Test
  void recognizesJsonFeedByItsVersionEvenWithAGenericContentType() throws Exception {
    byte[] json = "{\"version\": \"https://jsonfeed.org/version/1\", \"title\": \"v1\", \"items\": []}"
        .getBytes(StandardCharsets.UTF_8);

    Feed feed = new FeedParser().parse(json, "text/plain", "https://j.example/feed.json", FETCHED_AT);

    assertEquals("v1", feed.title());
    assertTrue(feed.items().isEmpty());
  }

  @Test
  void readsAFeedServedWithAnHtmlContentType() throws Exception {
    Feed feed = new FeedParser().parse(FeedFixtures.bytes("rss1-rdf.xml"), "text/html; charset=utf-8",
        "https://slashdot.example.com/index.rdf", FETCHED_AT);

    assertEquals(2, feed.items().size());
  }

  @Test
  void readsOldRss091WithItsNetscapeDoctype() throws Exception {
    Feed feed = parse("rss091-doctype.xml", "text/xml", "http://old.example.com/rss.xml");

    assertEquals("Old Netscape Feed", feed.title());
    assertEquals("Café crème", feed.items().get(0).title());
    assertEquals("http://old.example.com/cafe.html", feed.items().get(0).id(), "no guid: the link");
  }

  @Test
  void idsAreStableAcrossTwoParses() throws Exception {
    for (String name : List.of("rss2-gbk.xml", "atom-xmlbase.xml", "rss1-rdf.xml", "jsonfeed-1.1.json",
        "rss2-no-guids.xml", "rss2-duplicate-guids.xml")) {
      List<String> first = parse(name, null, "https://x.example/feed").items().stream().map(FeedItem::id).toList();
      List<String> second = new FeedParser().parse(FeedFixtures.bytes(name), null, "https://x.example/feed",
          FETCHED_AT.plusSeconds(600)).items().stream().map(FeedItem::id).toList();
      assertEquals(first, second, name);
      assertEquals(first.size(), first.stream().distinct().count(), name + ": ids are unique");
    }
  }

  @Test
  void everyLinkIsAbsoluteHttp() throws Exception {
    for (String name : List.of("rss2-gbk.xml", "atom-xmlbase.xml", "rss1-rdf.xml", "jsonfeed-1.1.json",
        "rss2-no-guids.xml", "rss2-duplicate-guids.xml", "rss091-doctype.xml")) {
      for (FeedItem item : parse(name, null, "https://x.example/dir/feed").items()) {
        assertTrue(item.link() == null || item.link().startsWith("http"), name + ": " + item.link());
        assertFalse(item.summary().contains("<p>"), name + ": " + item.summary());
      }
    }
  }

  @Test
  void dropsLinksThatAreNotHttp() throws Exception {
    String xml = "<rss version=\"2.0\"><channel><title>t</title><link>https://s.example/</link><description>d"
        + "</description><item><title>js</title><link>javascript:alert(1)</link><description>x</description>"
        + "</item></channel></rss>";
    Feed feed = new FeedParser().parse(xml.getBytes(StandardCharsets.UTF_8), null, "https://s.example/f",
        FETCHED_AT);

    FeedItem item = feed.items().get(0);
    assertNull(item.link());
    assertTrue(item.id().startsWith(ItemIdentity.HASH_PREFIX), item.id());
  }
}
