package dev.newsbrief.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Parsing topics and matching one topic against an item. */
class TopicQueryTest {

  static boolean matches(String topic, String title, String body) {
    return TopicQuery.parse(topic).matches(title, body);
  }

  static String error(String topic) {
    return assertThrows(IllegalArgumentException.class, () -> TopicQuery.parse(topic)).getMessage();
  }

  @Test
  void keepsTheTextAsTypedAndANormalizedCanonicalForm() {
    TopicQuery q = TopicQuery.parse("  Nvidia  AMD -Intel ");
    assertEquals("Nvidia  AMD -Intel", q.text());
    assertEquals("amd nvidia -intel", q.canonical());
    assertEquals(q, TopicQuery.parse("-intel amd NVIDIA"));
    assertEquals(TopicQuery.parse("ＮＶＩＤＩＡ").canonical(), TopicQuery.parse("nvidia").canonical());
    assertEquals("\"natural gas\"", TopicQuery.parse("\"Natural Gas\"").canonical());
    assertEquals("天然气", TopicQuery.parse("天然气").canonical());
    assertEquals("amd OR nvidia", TopicQuery.parse("nvidia OR amd").canonical());
    assertNotEquals(TopicQuery.parse("nvidia amd"), TopicQuery.parse("nvidia OR amd"));
  }

  @Test
  void rejectsEmptyTopicsWithAnExample() {
    assertTrue(error("").startsWith("Type a topic"));
    assertTrue(error("   ").startsWith("Type a topic"));
    assertTrue(error(null).startsWith("Type a topic"));
  }

  @Test
  void rejectsATopicOfOnlyExclusions() {
    assertEquals("A topic needs at least one term to look for, not only exclusions (-term).", error("-intel"));
    assertEquals("A topic needs at least one term to look for, not only exclusions (-term).",
        error("nvidia OR -intel"));
  }

  @Test
  void rejectsAnUnclosedQuote() {
    assertEquals("A quote is not closed: add the closing \" after the phrase.", error("\"natural gas"));
  }

  @Test
  void rejectsTooLongAndTooManyTerms() {
    assertEquals("A topic can be at most 200 characters.", error("a".repeat(201)));
    assertEquals("A topic can have at most 10 terms.", error("a b c d e f g h i j k"));
    TopicQuery.parse("a b c d e f g h i j");
  }

  @Test
  void rejectsADanglingOr() {
    assertEquals("OR needs a topic on each side, e.g. nvidia OR amd.", error("OR nvidia"));
    assertEquals("OR needs a topic on each side, e.g. nvidia OR amd.", error("nvidia OR"));
    assertEquals("OR needs a topic on each side, e.g. nvidia OR amd.", error("nvidia OR OR amd"));
  }

  @Test
  void rejectsTermsWithoutLettersOrDigitsAndEmptyQuotesAndALoneMinus() {
    assertEquals("'!!!' has no letters or digits to look for.", error("nvidia !!!"));
    assertEquals("Empty quotes: put a phrase between them.", error("nvidia \"\""));
    assertEquals("Put the word right after the minus, e.g. -stocks", error("nvidia - intel"));
  }

  @Test
  void severalTermsMeanAllOfThem() {
    assertTrue(matches("nvidia amd", "Nvidia and AMD report", null));
    assertFalse(matches("nvidia amd", "Nvidia reports", null));
  }

  @Test
  void exclusionsVetoAMatch() {
    assertTrue(matches("nvidia -intel", "Nvidia chips", "AMD too"));
    assertFalse(matches("nvidia -intel", "Nvidia chips", "Intel too"));
    assertFalse(matches("gas -\"gas station\"", "New gas station opens", null));
    assertTrue(matches("gas -\"gas station\"", "Gas prices at the station", null));
  }

  @Test
  void orBindsLooserThanAnd() {
    TopicQuery q = TopicQuery.parse("nvidia OR amd -intel");
    assertTrue(q.matches("Nvidia and Intel", null));
    assertTrue(q.matches("AMD earnings", null));
    assertFalse(q.matches("AMD and Intel", null));
    assertFalse(q.matches("Apple", null));
  }

  @Test
  void lowerCaseOrIsAnOrdinaryWord() {
    assertFalse(matches("nvidia or amd", "Nvidia", null));
    assertTrue(matches("\"nvidia OR amd\"", "nvidia or amd", null));
  }

  @Test
  void phrasesMatchConsecutiveWordsInOrder() {
    assertTrue(matches("\"natural gas\"", "Natural gas prices rise", null));
    assertFalse(matches("\"natural gas\"", "Gas, natural or not", null));
    assertFalse(matches("\"natural gas\"", "Natural ways to save gas", null));
    assertTrue(matches("“natural gas”", "NATURAL-GAS futures", null));
  }

  @Test
  void aPhraseDoesNotSpanTitleAndBody() {
    assertFalse(matches("\"natural gas\"", "Everything natural", "Gas is cheap"));
  }

  @Test
  void fullWidthCaseAndDiacriticsDoNotMatter() {
    assertTrue(matches("nvidia", "ＮＶＩＤＩＡ unveils", null));
    assertTrue(matches("ＮＶＩＤＩＡ", "nvidia unveils", null));
    assertTrue(matches("cafe", "Café culture", null));
    assertTrue(matches("Café", "cafe culture", null));
    assertTrue(matches("zurich", null, "Zürich and Genève"));
    assertTrue(matches("ёлка", "елка", null));
  }

  @Test
  void wordsMatchWholeWithLightStemming() {
    assertFalse(matches("gas", "Gasoline shortage", null));
    assertTrue(matches("gas", "Gases leak", null));
    assertTrue(matches("chip", "Chips are down", null));
    assertTrue(matches("chips", "A chip shortage", null));
    assertTrue(matches("company", "Companies report", null));
    assertTrue(matches("raise", "Rates raised again", null));
    assertTrue(matches("rate", "Rating agencies", null));
    assertTrue(matches("ship", "Shipping costs", null));
    assertTrue(matches("stop", "Trains stopped", null));
    assertFalse(matches("new", "News of the day", null));
    assertFalse(matches("cat", "Category error", null));
  }

  @Test
  void russianWordsMatchAcrossCaseEndings() {
    assertTrue(matches("газ", "Цены на газ", null));
    assertTrue(matches("газ", "Поставки газа выросли", null));
    assertTrue(matches("нефть", "Цены на нефти", null));
    assertTrue(matches("Россия", "Экспорт из России", null));
    assertFalse(matches("газ", "Газета вышла", null));
  }

  @Test
  void cjkTermsMatchAsSubstrings() {
    assertTrue(matches("天然气", "国内天然气价格上涨", null));
    assertFalse(matches("天然气", "国内石油价格上涨", null));
    assertTrue(matches("\"天然气 价格\"", "国内天然气价格上涨", null));
    assertFalse(matches("\"天然气 价格\"", "天然气的价格", null));
    assertTrue(matches("油", "原油价格", null));
    assertTrue(matches("ガス", "ガス料金が上昇", null));
    assertTrue(matches("가스", "천연가스 가격", null));
  }

  @Test
  void fullWidthAndHalfWidthKanaAreTheSame() {
    assertTrue(matches("ｶﾞｽ", "ガス料金", null));
  }

  @Test
  void mixedChineseAndEnglishItemsMatchBothKinds() {
    String title = "英伟达 Nvidia 发布新芯片 H200";
    assertTrue(matches("nvidia 芯片", title, null));
    assertTrue(matches("h200", title, null));
    assertTrue(matches("英伟达 -amd", title, null));
    assertFalse(matches("英伟达 -芯片", title, null));
    assertTrue(matches("Nvidia发布", title, null));
  }

  @Test
  void hyphenatedWordsArePhrases() {
    assertTrue(matches("covid-19", "COVID 19 cases", null));
    assertFalse(matches("covid-19", "19 new covid cases", null));
  }
}
