package dev.newsbrief.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkFinderTest {
  @Test
  void urlEntitiesAreReadWithUtf16Offsets() {
    String text = "😀 看这个 https://a.example/x?q=1 and news.example.com/story";
    int first = text.indexOf("https");
    int second = text.indexOf("news.");
    List<LinkFinder.Entity> entities = List.of(
        new LinkFinder.Entity("url", first, "https://a.example/x?q=1".length(), null),
        new LinkFinder.Entity("url", second, "news.example.com/story".length(), null));

    assertEquals(List.of("https://a.example/x?q=1", "https://news.example.com/story"), LinkFinder.find(text, entities));
  }

  @Test
  void textLinksCarryTheirOwnUrlAndDuplicatesCollapse() {
    List<LinkFinder.Entity> entities = List.of(
        new LinkFinder.Entity("bold", 0, 4, null),
        new LinkFinder.Entity("text_link", 5, 4, "https://b.example/"),
        new LinkFinder.Entity("text_link", 10, 4, "https://b.example/"));

    assertEquals(List.of("https://b.example/"), LinkFinder.find("read this here", entities));
  }

  @Test
  void entitiesDecideEvenWhenTheTextLooksLikeALink() {
    assertEquals(List.of(), LinkFinder.find("see https://x.example/", List.of(new LinkFinder.Entity("bold", 0, 3, null))));
  }

  @Test
  void patternIsTheFallbackForTextWithoutEntities() {
    assertEquals(List.of("https://x.example/a", "http://y.example/b(c)"),
        LinkFinder.find("see https://x.example/a, and (http://y.example/b(c)).", null));
    assertEquals(List.of("https://z.example/新闻"), LinkFinder.find("链接：https://z.example/新闻。谢谢", null));
  }

  @Test
  void entityOutsideTheTextIsIgnored() {
    assertEquals(List.of(), LinkFinder.find("short", List.of(new LinkFinder.Entity("url", 3, 50, null))));
  }
}
