package dev.newsbrief.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesTheFourCharactersTelegramKnows() {
    assertEquals("a &lt;b&gt; &amp; &quot;c&quot; 'd'", Html.escape("a <b> & \"c\" 'd'"));
    assertEquals("", Html.escape(null));
  }

  @Test
  void plainTextKeepsLinkAddressesAndDecodesEntities() {
    assertEquals("Title & more\nOriginal article (https://x.example/a?b=1&c=2)",
        Html.toPlain("<b>Title &amp; more</b>\n<a href=\"https://x.example/a?b=1&amp;c=2\">Original article</a>"));
  }

  @Test
  void aLoneSurrogateFromANumericEntityReachedTheMessage() {
    // Found by BadInputPropertiesTest: jsoup decodes "&#55357;" to a lone U+D83D, which no UTF-8 message can carry.
    String scraped = org.jsoup.Jsoup.parse("<p>a&#55357;b &#xDE00; &#x1F600;</p>").text();
    assertEquals("a\ufffdb \ufffd 😀", Html.escape(scraped));
    assertEquals("😀\ufffd", Html.escape("😀\ud83d"));
  }
}
