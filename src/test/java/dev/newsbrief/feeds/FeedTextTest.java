package dev.newsbrief.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FeedTextTest {

  @Test
  void stripsTagsDecodesEntitiesAndCollapsesWhitespace() {
    assertEquals("Gas fell 5% & rose again.",
        FeedText.plain("<p>Gas\n\n fell <b>5%</b> &amp;&nbsp;rose</p>\t<p>again.</p><script>x()</script>"));
  }

  @Test
  void stripsHtmlThatWasEscapedTwice() {
    assertEquals("Hello world", FeedText.plain("&lt;p&gt;Hello &lt;b&gt;world&lt;/b&gt;&lt;/p&gt;"));
  }

  @Test
  void keepsPlainTextAsItIs() {
    assertEquals("天然气 价格", FeedText.plain("  天然气\u3000价格 "));
    assertEquals("", FeedText.plain(null));
  }

  @Test
  void capsLongTextAtAWordAndMarksTheCut() {
    String capped = FeedText.cap("word ".repeat(1_000).strip(), FeedItem.MAX_SUMMARY);
    assertTrue(capped.length() <= FeedItem.MAX_SUMMARY, "length " + capped.length());
    assertTrue(capped.endsWith("word…"), capped.substring(capped.length() - 10));
  }

  @Test
  void capsTextWithoutSpacesWithoutSplittingASurrogatePair() {
    String capped = FeedText.cap("😀".repeat(1_500), FeedItem.MAX_SUMMARY);
    assertTrue(capped.length() <= FeedItem.MAX_SUMMARY);
    assertTrue(capped.endsWith("😀…"));
  }
}
