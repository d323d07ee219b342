package dev.newsbrief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TagBudgetTest {
  @Test
  void cutsBeforeTheFirstTagOverTheBudget() {
    assertEquals("<p>a<b>b</b> 1 < 2 <", TagBudget.cut("<p>a<b>b</b> 1 < 2 <<i>c</i>", 2));
    assertEquals("", TagBudget.cut("<p>a", 0));
  }

  @Test
  void leavesAPageWithinTheBudgetAsItIs() {
    String page = "<html><body>" + "<p>text</p>".repeat(1000) + "</body></html>";
    assertSame(page, TagBudget.cut(page));
    assertSame(page, TagBudget.cut(page, 1002));
    assertEquals(page.lastIndexOf("<p>"), TagBudget.cut(page, 1001).length());
  }
}
