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
}
