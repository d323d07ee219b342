package dev.newsbrief.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Folding's fast path gives what the full path gives. */
class TopicTextTest {
  @Test
  void everyCharacterTheFastPathLetsThroughFoldsToItself() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      all.append(c);
    }
    for (char c = 0x3000; c < 0xA000; c++) {
      if (TopicText.isPlainHan(c)) {
        all.append(c);
      }
    }
    String text = all.toString();
    assertEquals(TopicText.slowFold(text), TopicText.fold(text));
    assertEquals(TopicText.slowFold("国内天然气价格上涨。Nvidia、AMD"), TopicText.fold("国内天然气价格上涨。Nvidia、AMD"));
  }

  @Test
  void fullWidthAndCompatibilityFormsStillTakeTheFullPath() {
    assertEquals("nvidia 天然气,", TopicText.fold("ＮＶＩＤＩＡ　天然气，"));
  }
}
