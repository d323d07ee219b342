package dev.newsbrief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TagBudgetTest {
  @Test
  void cutsBeforeTheFirstTagOverTheBudget() {
    assertEquals("<p>a<b>b", TagBudget.cut("<p>a<b>b</b> 1 < 2 <<i>c</i>", 2));
    assertEquals("x<!>", TagBudget.cut("x<!><?></p><!---->", 1));
    assertEquals("", TagBudget.cut("<p>a", 0));
  }

  @Test
  void leavesAPageWithinTheBudgetAsItIs() {
    String page = "<html><body>" + "<p>text</p>".repeat(1000) + "</body></html>";
    assertSame(page, TagBudget.cut(page));
    assertSame(page, TagBudget.cut(page, 2004));
    assertEquals(page.lastIndexOf("</html>"), TagBudget.cut(page, 2003).length());
  }
}
