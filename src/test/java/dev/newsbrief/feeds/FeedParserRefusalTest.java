package dev.newsbrief.feeds;

import static dev.newsbrief.feeds.FeedFixtures.FETCHED_AT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbrief.feeds.FeedException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserRefusalTest {
  private final FeedParser parser = new FeedParser();

  private FeedException refuse(byte[] bytes, String contentType) {
    return assertThrows(FeedException.class,
        () -> parser.parse(bytes, contentType, "https://news.example.com/feed", FETCHED_AT));
  }

  private FeedException refuse(String text) {
    return refuse(text.getBytes(StandardCharsets.UTF_8), "application/rss+xml");
  }

  @Test
  void saysAnHtmlPageIsNotAFeed() {
    FeedException e = refuse(FeedFixtures.bytes("html-page.html"), "application/rss+xml");

    assertEquals(Reason.HTML_PAGE, e.reason());
    assertEquals("an HTML page, not a feed", e.getMessage());
    assertEquals("https://news.example.com/feed", e.url());
  }

  @Test
  void saysACloudflareChallengeIsABotCheck() {
    FeedException e = refuse(FeedFixtures.bytes("cloudflare-challenge.html"), "text/html; charset=UTF-8");

    assertEquals(Reason.BOT_CHECK, e.reason());
    assertEquals("a bot check page, not the feed", e.getMessage());
  }

  @Test
  void refusesXxeThatReadsALocalFile() {
    FeedException e = refuse(FeedFixtures.bytes("xxe-passwd.xml"), "application/rss+xml");

    assertEquals(Reason.NOT_A_FEED, e.reason());
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    assertFalse(e.getMessage().contains("root:"), e.getMessage());
  }

  @Test
  void neverExpandsAnExternalEntityPointingAtASecretFile(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-TOKEN");
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<rss version=\"2.0\"><channel><title>&s;</title><link>https://e.example/</link>"
        + "<description>&s;</description><item><title>&s;</title></item></channel></rss>";

    FeedException e = refuse(xml);

    assertEquals(Reason.NOT_A_FEED, e.reason());
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains("TOP-SECRET"), "leaked in " + t);
    }
  }

  @Test
  void refusesAnExternalDtdWithAnInternalSubset() {
    FeedException e = refuse("<!DOCTYPE rss SYSTEM \"http://127.0.0.1:1/evil.dtd\" [<!ENTITY a \"b\">]>"
        + "<rss version=\"2.0\"><channel><title>&a;</title></channel></rss>");

    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
  }

  @Test
  void refusesABillionLaughs() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l0 \"ha\">");
    for (int i = 1; i <= 9; i++) {
      xml.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    xml.append("]><rss version=\"2.0\"><channel><title>&l9;</title></channel></rss>");

    assertTrue(refuse(xml.toString()).getMessage().contains("DOCTYPE"));
  }

  @Test
  void refusesEmptyResponses() {
    assertEquals("not a feed: the response is empty", refuse(new byte[0], null).getMessage());
    assertEquals("not a feed: the response is empty", refuse(" \r\n ").getMessage());
  }

  @Test
  void refusesMalformedXml() {
    FeedException e = refuse("<rss version=\"2.0\"><channel><title>broken</channel>");

    assertEquals(Reason.NOT_A_FEED, e.reason());
    assertTrue(e.getMessage().startsWith("not a feed: the XML is malformed"), e.getMessage());
  }

  @Test
  void refusesXmlOfAnotherKind() {
    FeedException e = refuse("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>");

    assertEquals("not a feed: XML, but neither RSS nor Atom", e.getMessage());
  }

  @Test
  void refusesJsonThatIsNotAJsonFeed() {
    assertEquals("not a feed: JSON, but not a JSON Feed", refuse("{\"status\":\"ok\",\"items\":[]}").getMessage());
    assertEquals("not a feed: the JSON is malformed", refuse("{\"version\": ").getMessage());
    assertEquals("not a feed: the JSON Feed's items are not a list",
        refuse("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":{}}").getMessage());
  }

  @Test
  void refusesPlainTextAndBinary() {
    assertEquals("not a feed: neither XML nor JSON", refuse("Service temporarily unavailable").getMessage());
    assertEquals(Reason.NOT_A_FEED, refuse(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, "image/png")
        .reason());
  }

  @Test
  void rejectsAFeedUrlThatIsNotHttp() {
    assertThrows(IllegalArgumentException.class,
        () -> parser.parse(new byte[0], null, "file:///etc/passwd", FETCHED_AT));
  }
}
