package dev.newsbrief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccessCheckTest {
  private static final String TEASER = "<p>The city council voted on Tuesday to expand the bus network, adding twelve"
      + " routes that will reach the eastern suburbs for the first time, officials said after the meeting.</p>"
      + "<p>Supporters said the plan, which costs about $40 million a year, would cut commuting times.</p>";
  private static final String DESCRIPTION = "The council voted to expand the bus network with twelve new routes to the"
      + " eastern suburbs, at a cost of about $40 million a year, after a long debate about road repairs and"
      + " ridership forecasts.";

  private final ArticleExtractor extractor = new ArticleExtractor();

  private Extraction read(String head, String body) {
    return extractor.read("<html><head>" + head + "</head><body>" + body + "</body></html>", "https://x.example/a");
  }

  @Test
  void loginWallIsIncompleteAndSaysSo() {
    Extraction x = read("<title>Sign in</title>", "<form><input name=user><input type=password name=pw>"
        + "<button>Sign in</button></form>");
    assertFalse(x.complete());
    assertFalse(x.hasText());
    assertEquals("only a preview is available: the page needs a login", x.reason());
  }

  @Test
  void paywallAfterTheTeaserMakesAPreviewThatKeepsTheTeaser() {
    Extraction x = read("", "<article>" + TEASER + "<div class=paywall-prompt><p>Subscribe to keep reading</p>"
        + "</div></article>");
    assertFalse(x.complete());
    assertTrue(x.article().text().startsWith("The city council voted"), x.article().text());
    assertTrue(x.reason().startsWith("only a preview is available"), x.reason());
  }

  @Test
  void subscribeWidgetInTheMastheadDoesNotMakeAShortArticleAPreview() {
    Extraction x = read("", "<header><div class=paywall-header-wrap><a href=/login>Log in</a></div></header>"
        + "<article>" + TEASER + "</article><footer><input type=password></footer>");
    assertTrue(x.complete(), () -> x.reason());
    assertNull(x.reason());
  }

  @Test
  void javascriptAppGivesItsDescriptionAsAPreview() {
    Extraction x = read("<meta name=description content='" + DESCRIPTION + "'>",
        "<noscript>You need to enable JavaScript to run this app.</noscript><div id=root></div>");
    assertFalse(x.complete());
    assertEquals(List.of(DESCRIPTION), x.article().paragraphs());
    assertEquals("only a preview is available: the page needs JavaScript", x.reason());
  }

  @Test
  void errorPageIsNoArticle() {
    Extraction x = read("<title>404 Not Found</title>", "<h1>Not Found</h1><p>Sorry.</p>");
    assertFalse(x.complete());
    assertEquals("no article: the site answered with an error page", x.reason());
  }

  @Test
  void fewWordsWithoutAnyMarkAreNoArticleNotAPreview() {
    Extraction x = read("", "<div><a href=/>Home</a> <a href=/news>News</a></div><p>Loading...</p>");
    assertFalse(x.complete());
    assertFalse(x.hasText(), () -> x.article().text());
    assertTrue(x.reason().startsWith("no article text found"), x.reason());
  }

  @Test
  void fewWordsWithADescriptionGiveThePreview() {
    Extraction x = read("<meta property=og:description content='" + DESCRIPTION + "'>", "<p>Loading...</p>");
    assertEquals(List.of(DESCRIPTION), x.article().paragraphs());
    assertEquals("only a preview is available: the page needs a login or JavaScript", x.reason());
  }

  @Test
  void blankPageIsIncomplete() {
    Extraction x = extractor.read("  ", null);
    assertFalse(x.complete());
    assertFalse(x.hasText());
  }

  @Test
  void fullArticleIsComplete() {
    Extraction x = read("<meta name=description content=short>", "<article>" + TEASER + TEASER + "</article>");
    assertTrue(x.complete());
    assertNull(x.reason());
    assertTrue(x.article().wordCount() > 60);
  }

  @Test
  void reasonIsGivenExactlyWhenIncomplete() {
    Article a = extractor.extract(null, null);
    assertThrows(IllegalArgumentException.class, () -> new Extraction(a, true, "why"));
    assertThrows(IllegalArgumentException.class, () -> new Extraction(a, false, null));
  }
}
