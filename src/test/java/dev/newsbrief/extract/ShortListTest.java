package dev.newsbrief.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Lists inside the story: plain short items stay, link lists and furniture-named lists go. */
class ShortListTest {
  private static final String PARAGRAPHS = "<p>You are a couple of lovers who are together for a long time and want to"
      + " try something new, but do not know where to start or what you might like, and this game helps.</p>"
      + "<p>You recently started dating and want to get to know each other better, one question at a time, with"
      + " tasks that grow bolder as the evening goes on, and with rules that are easy to learn.</p>";

  private final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void shortPlainListInsideTheStoryStays() {
    String html = "<html><body><div class=entry-content><p><strong>What is new in 2.26?</strong></p><ul>"
        + "<li>New tasks for the game!</li><li>More “Questions” for your opponent</li><li>Bugs fixed</li></ul>"
        + PARAGRAPHS + "</div></body></html>";
    String text = extractor.extract(html, null).text();
    assertTrue(text.contains("More “Questions” for your opponent"), text);
    assertTrue(text.contains("Bugs fixed"), text);
  }

  @Test
  void shortLinkListInsideTheStoryStillGoes() {
    String html = "<html><body><div class=entry-content>" + PARAGRAPHS + "<ul>"
        + "<li><a href=/a>Other story about the game in town</a></li><li><a href=/b>Another story we wrote"
        + " last week</a></li><li>and one more</li></ul></div></body></html>";
    assertFalse(extractor.extract(html, null).text().contains("Another story"));
  }
}
