package dev.newsbrief.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {
  static void assertWellFormed(List<String> parts, int limit) {
    for (String part : parts) {
      assertTrue(part.length() <= limit, "part of " + part.length());
      BriefRendererTest.assertBalancedAllowedTags(part);
      assertFalse(Character.isLowSurrogate(part.charAt(0)), "starts inside a surrogate pair");
      assertFalse(Character.isHighSurrogate(part.charAt(part.length() - 1)), "ends inside a surrogate pair");
    }
  }

  static String visible(List<String> parts) {
    return Html.toPlain(String.join(" ", parts)).replaceAll("\\s+", " ").strip();
  }

  @Test
  void aShortMessageStaysWhole() {
    assertEquals(List.of("<b>Title</b>\n• one"), MessageSplitter.split("<b>Title</b>\n• one", 4096));
  }

  @Test
  void aSixThousandCharacterSummarySplitsAtLinesIntoValidParts() {
    StringBuilder html = new StringBuilder("<b>A long story</b>\n<i>Site · 9 min read</i>\n\n");
    for (int i = 0; i < 12; i++) {
      html.append("• Point ").append(i).append(": ").append("Officials said &amp; confirmed the plan. ".repeat(12))
          .append('\n');
    }
    html.append("\n<blockquote expandable><b>Sources</b>\n").append("– a source line\n".repeat(30))
        .append("</blockquote>");
    assertTrue(html.length() > 6000);

    List<String> parts = MessageSplitter.split(html.toString(), 4096);

    assertTrue(parts.size() >= 2);
    assertWellFormed(parts, 4096);
    assertTrue(parts.get(1).startsWith("• Point") || parts.get(1).startsWith("<blockquote"), parts.get(1));
    assertEquals(Html.toPlain(html.toString()).replaceAll("\\s+", " ").strip(), visible(parts));
  }

  @Test
  void aBlockquoteCutInTwoIsClosedAndReopened() {
    String html = "<blockquote expandable>" + "line of source text\n".repeat(20) + "</blockquote>";
    List<String> parts = MessageSplitter.split(html, 200);
    assertWellFormed(parts, 200);
    assertTrue(parts.get(1).startsWith("<blockquote expandable>"), parts.get(1));
  }

  @Test
  void oneHugeLineOfChineseAndEmojiIsCutSafely() {
    String line = "<b>" + "天然气管道全线贯通😀，惠及沿线居民&amp;企业。".repeat(300) + "</b>";
    List<String> parts = MessageSplitter.split(line, 4096);
    assertWellFormed(parts, 4096);
    for (String part : parts) {
      assertFalse(part.matches("(?s).*&[a-z]*$") || part.matches("(?s).*&[a-z]*</b>$"), "cut inside an entity");
    }
    assertTrue(parts.get(0).endsWith("。</b>"), "cut after a sentence: " + parts.get(0).substring(4000));
    assertEquals(Html.toPlain(line).replaceAll("\\s+", ""), visible(parts).replaceAll("\\s+", ""));
  }

  @Test
  void aLineOpeningABlockquoteNearTheLimitPushedThePartOverIt() {
    // Found by BadInputPropertiesTest (a part of 4099): the line fitted, but the </blockquote> it opened did not.
    String html = "y".repeat(20) + "\n<blockquote expandable><b>S</b>\n– z\n– w</blockquote>";

    List<String> parts = MessageSplitter.split(html, 60);

    assertWellFormed(parts, 60);
    assertEquals(List.of("y".repeat(20), "<blockquote expandable><b>S</b>\n– z\n– w</blockquote>"), parts);
  }
}
