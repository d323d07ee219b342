package dev.newsbrief.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import org.junit.jupiter.api.Test;

class RunOnClipperTest {
  @Test
  void aLongButOrdinarySentenceStaysWhole() {
    String sentence = String.join(" ", Collections.nCopies(60, "word")) + ".";
    assertEquals(sentence, RunOnClipper.clip(sentence, false));
    String zh = "天然气价格上涨，".repeat(40);
    assertEquals(zh, RunOnClipper.clip(zh, true));
  }

  @Test
  void anEnglishRunOnEndsAtAClauseWithinFortyWords() {
    String runOn = String.join(" ", Collections.nCopies(30, "grid")) + " storage, "
        + String.join(" ", Collections.nCopies(200, "market"));
    String clipped = RunOnClipper.clip(runOn, false);
    assertEquals(String.join(" ", Collections.nCopies(30, "grid")) + " storage…", clipped);
  }

  @Test
  void anEnglishRunOnWithoutClausesIsCutAtFortyWords() {
    String clipped = RunOnClipper.clip(String.join(" ", Collections.nCopies(300, "market")), false);
    assertEquals(40, clipped.split(" ").length);
    assertTrue(clipped.endsWith("market…"), clipped);
  }

  @Test
  void aChineseRunOnEndsAtTheLastCommaWithinTwoHundredCharacters() {
    String clause = "天然气价格上涨明显影响居民生活"; // 15 characters
    String runOn = String.join("，", Collections.nCopies(80, clause));
    String clipped = RunOnClipper.clip(runOn, true);
    assertTrue(clipped.length() <= 201, clipped.length() + ": " + clipped);
    assertTrue(clipped.endsWith("居民生活…"), clipped);
  }
}
