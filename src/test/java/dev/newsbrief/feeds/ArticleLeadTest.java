package dev.newsbrief.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleLeadTest {
  private static final String WORDS = "word ".repeat(60).strip(); // 299 characters

  @Test
  void keepsTheFirstParagraphsWholeAndCutsTheOneThatCrossesTheBudgetAtAWord() {
    String lead = ArticleLead.of(List.of(WORDS, WORDS, WORDS, "Never reached."));

    String[] lines = lead.split("\n");
    assertEquals(3, lines.length, lead);
    assertEquals(WORDS, lines[0]);
    assertEquals(WORDS, lines[1]);
    assertTrue(lines[2].length() <= ArticleLead.BUDGET - 2 * WORDS.length() && lines[2].endsWith("word"), lines[2]);
  }

  @Test
  void aWordCutByTheBudgetIsLeftOutSoGasolineNeverReadsAsGas() {
    String paragraph = "x".repeat(ArticleLead.BUDGET - 4) + " gasoline prices rose";

    String lead = ArticleLead.of(List.of(paragraph));

    assertEquals("x".repeat(ArticleLead.BUDGET - 4), lead);
    assertFalse(TopicQuery.parse("gas").matches("", lead));
  }

  @Test
  void aChineseCharacterCostsThreeSoAChineseLeadIsAboutAThirdAsLong() {
    String lead = ArticleLead.of(List.of("天然气".repeat(100), "石油".repeat(100)));

    assertEquals((ArticleLead.BUDGET + ArticleLead.CJK_COST - 1) / ArticleLead.CJK_COST, lead.length(), lead);
    assertTrue(lead.contains("天然气") && !lead.contains("石油"), lead);
  }

  @Test
  void emptyAndBlankParagraphsGiveNothing() {
    assertEquals("", ArticleLead.of(List.of()));
    assertEquals("short", ArticleLead.of(List.of(" ", "short")));
  }
}
