package dev.newsbrief.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbrief.digest.Brief;
import dev.newsbrief.extract.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BriefRendererTest {
  static final Pattern TAG = Pattern.compile("</?([a-z]+)[^>]*>");

  static Brief brief(String title, List<String> points, List<Source> sources) {
    return new Brief("https://news.example.com/a?x=1&y=2", title, "The <Ledger>", "2025-03-14T08:30:00Z", "en",
        points, sources, "extractive", 4, null);
  }

  @Test
  void rendersTitleMetaBulletsSourcesAndLink() {
    String html = BriefRenderer.render(Texts.of("en"), brief("Battery & grid", List.of("First point.", "Second point."),
        List.of(new Source("Outlook 2025", "Energy Agency", "2025-01-15", "https://energy.example.gov/o"))), null);

    assertEquals("""
        <b>Battery &amp; grid</b>
        <i>The &lt;Ledger&gt; · 2025-03-14 · 4 min read · EN</i>

        • First point.
        • Second point.

        <b>Sources</b>
        – <a href="https://energy.example.gov/o">Energy Agency: Outlook 2025 (2025-01-15)</a>

        <a href="https://news.example.com/a?x=1&amp;y=2">Original article</a> · news.example.com""", html);
  }

  @Test
  void escapesEverythingScrapedSoOnlyOurTagsRemain() {
    String evil = "<script>alert(1)</script> & \"quotes\" <a href='x'>";
    String html = BriefRenderer.render(Texts.of("en"), brief(evil, List.of(evil), List.of(new Source(evil, evil, null,
        "javascript:alert(1)"))), evil);

    assertFalse(html.contains("<script") || html.contains("javascript:"), html);
    assertBalancedAllowedTags(html);
  }

  @Test
  void staysWithinTelegramsLimitWhateverTheInput() {
    List<String> points = new ArrayList<>(Collections.nCopies(10, "😀 & <b> ".repeat(400)));
    List<Source> sources = new ArrayList<>(Collections.nCopies(20, new Source("t".repeat(500), "p", null, null)));

    String html = BriefRenderer.render(Texts.of("en"), brief("T".repeat(5000), points, sources), "f".repeat(500));

    assertTrue(html.length() <= BriefRenderer.MAX_LENGTH, "length " + html.length());
    assertTrue(html.contains("• "), "at least one point survives");
    assertBalancedAllowedTags(html);
    for (int i = 0; i < html.length(); i++) {
      if (Character.isHighSurrogate(html.charAt(i))) {
        assertTrue(i + 1 < html.length() && Character.isLowSurrogate(html.charAt(i + 1)), "split surrogate at " + i);
      }
    }
  }

  @Test
  void shortenCutsAtAWordAndNeverInsideASurrogatePair() {
    assertEquals("hello wonderful…", BriefRenderer.shorten("hello wonderful world", 18));
    assertEquals("hello world", BriefRenderer.shorten("hello world", 11));
    String emoji = "😀😀😀😀";
    String cut = BriefRenderer.shorten(emoji, 4);
    assertEquals("😀…", cut);
  }

  @Test
  void aTextWithoutTitleOrLinkStillGetsAHeading() {
    Brief text = new Brief(null, null, null, null, "en", List.of("One point."), List.of(), "extractive", 1, null);
    assertEquals("<b>Key points</b>\n<i>1 min read · EN</i>\n\n• One point.", BriefRenderer.render(Texts.of("en"), text, null));
  }

  @Test
  void aLongBriefIsSplitIntoWholeMessagesKeepingEveryPoint() {
    List<String> points = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      points.add("Point " + i + " " + "the council approved the plan after a long debate. ".repeat(13).strip());
    }
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      sources.add(new Source("Report " + i, "Agency", null, "https://agency.example/r" + i));
    }

    List<String> parts = BriefRenderer.renderParts(Texts.of("en"), brief("Title", points, sources), null);

    assertTrue(parts.size() >= 2, "split: " + parts.size());
    MessageSplitterTest.assertWellFormed(parts, BriefRenderer.MAX_LENGTH);
    String all = String.join("\n", parts);
    for (int i = 0; i < 8; i++) {
      assertTrue(all.contains("• Point " + i), "point " + i);
    }
    assertTrue(all.contains("<blockquote expandable><b>Sources</b>"), "six sources fold away");
  }

  static void assertBalancedAllowedTags(String html) {
    List<String> open = new ArrayList<>();
    Matcher m = TAG.matcher(html);
    while (m.find()) {
      String name = m.group(1);
      assertTrue(List.of("b", "i", "a", "code", "blockquote").contains(name), "tag " + name + " in " + html);
      if (m.group().startsWith("</")) {
        assertEquals(name, open.remove(open.size() - 1));
      } else {
        open.add(name);
      }
    }
    assertTrue(open.isEmpty(), "unclosed " + open);
    String text = TAG.matcher(html).replaceAll("");
    assertFalse(text.contains("<") || text.contains(">"), text);
    assertFalse(text.replaceAll("&(amp|lt|gt|quot);", "").contains("&"), "bare & in " + text);
  }

  @Test
  void aLinkTooLongForOneMessageWasCutInsideItsTag() {
    // Found by BadInputPropertiesTest: a 6,000-character address made a tag the splitter could only cut in two.
    String longUrl = "https://long.example/?q=" + "%E6%96%B0".repeat(700);
    Brief b = new Brief(longUrl, "Title", null, null, "en", List.of("One point."),
        List.of(new Source("Report", null, null, longUrl), new Source("Short", null, null, "https://s.example/r")),
        "extractive", 1, null);

    List<String> parts = BriefRenderer.renderParts(Texts.of("en"), b, null);

    for (String part : parts) {
      assertEquals(null, dev.newsbrief.testing.TelegramHtml.problem(part), part);
    }
    String all = String.join("\n", parts);
    assertTrue(all.contains("Original article") && all.contains("– Report\n"), all);
    assertTrue(all.contains("<a href=\"https://s.example/r\">Short</a>"), all);
    assertFalse(all.contains(longUrl.substring(0, 100)), "the long address is not linked");
  }
}
