package dev.newsbrief.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ListingPickerTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  /** A 2005-style blog archive: one layout table per post, the longest post last. */
  private static String archive(String... posts) {
    StringBuilder html = new StringBuilder("<html><head><title>海姑娘</title></head><body><table>");
    for (String post : posts) {
      html.append("<tr><td><table class=table-bg><tr><td class=post-title>标题</td></tr>")
          .append("<tr><td class=post-body>").append(post).append("</td></tr>")
          .append("<tr><td class=post-footer><a href=/c>共 3 篇评论</a></td></tr></table></td></tr>");
    }
    return html.append("</table></body></html>").toString();
  }

  private static String sentences(String seed, int n) {
    return (seed + "，这是一段用来填充博客文章正文的普通句子，写的是当天发生的事情。").repeat(n);
  }

  @Test
  void blogArchivePageGivesTheFirstPostNotTheLongest() {
    String first = sentences("昨天去金矿玩", 4);
    Article a = extractor.extract(archive(first, sentences("长发剪了", 6), sentences("元宵节", 12)), null);
    assertTrue(a.text().startsWith("昨天去金矿玩"), a.text());
    assertFalse(a.text().contains("元宵节"), "later posts stay out");
  }

  @Test
  void twoBoxesAreAnArticleInPartsNotAListing() {
    String html = "<html><body><div class=a><div class=part>" + sentences("第一部分", 3) + "</div></div>"
        + "<div class=b><div class=part>" + sentences("第二部分", 9) + "</div></div></body></html>";
    Article a = extractor.extract(html, null);
    assertTrue(a.text().contains("第二部分"), a.text());
  }

  @Test
  void shortFirstBoxDoesNotLead() {
    Article a = extractor.extract(archive("好。", sentences("长发剪了", 6), sentences("元宵节", 12),
        sentences("情人节", 8)), null);
    assertFalse(a.text().contains("好。"), a.text());
    assertTrue(a.text().startsWith("长发剪了"), a.text());
  }
}
