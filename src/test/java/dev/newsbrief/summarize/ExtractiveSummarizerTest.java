package dev.newsbrief.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbrief.extract.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {
  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

  static Article article(String title, String language, String... paragraphs) {
    return new Article(null, null, title, null, null, null, language, List.of(paragraphs), List.of(), null);
  }

  private static final Article TWO_THREADS = article("President visits Kazakhstan as new pipeline opens", "en",
      "The French president arrived in Astana on Monday for a two-day state visit to Kazakhstan.",
      "The president was welcomed at the airport by the Kazakh leader and a guard of honour.",
      "During the state visit, the two presidents signed agreements on uranium supplies and aviation.",
      "Photo: Reuters",
      "Meanwhile, a new gas pipeline from the Caspian coast to western China opened on Tuesday.",
      "The pipeline will carry 15 billion cubic metres of gas a year, its operator said.",
      "Engineers spent four years laying the 1,800-kilometre pipeline across the steppe.",
      "The visit ends on Wednesday with a trip to a steel plant near Karaganda.",
      "Analysts said the pipeline would make China the largest buyer of Kazakh gas by 2030.",
      "Some residents complained about noise during construction of the pipeline.");

  @Test
  void rejectsFewerThanOnePoint() {
    assertThrows(IllegalArgumentException.class, () -> summarizer.summarize(TWO_THREADS, 0));
  }

  @Test
  void coversBothThreadsOfATwoStoryArticle() {
    List<String> points = summarizer.summarize(TWO_THREADS, 3).keyPoints();
    assertTrue(points.stream().anyMatch(p -> p.contains("visit")), points::toString);
    assertTrue(points.stream().anyMatch(p -> p.contains("pipeline")), points::toString);
  }

  @Test
  void neverReturnsMorePointsThanAsked() {
    for (int n = 1; n <= 6; n++) {
      assertTrue(summarizer.summarize(TWO_THREADS, n).keyPoints().size() <= n);
    }
  }

  @Test
  void keepsPointsInArticleOrder() {
    List<String> points = summarizer.summarize(TWO_THREADS, 4).keyPoints();
    List<String> text = List.of(TWO_THREADS.text().split("\n\n"));
    int last = -1;
    for (String p : points) {
      int at = indexOf(text, p);
      assertTrue(at > last, points::toString);
      last = at;
    }
  }

  private static int indexOf(List<String> paragraphs, String point) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).toLowerCase().contains(point.toLowerCase().replace(".", ""))) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  @Test
  void trimsConnectivesAndSkipsCaptionsInChosenPoints() {
    List<String> points = summarizer.summarize(TWO_THREADS, 6).keyPoints();
    assertTrue(points.stream().noneMatch(p -> p.startsWith("Meanwhile") || p.startsWith("Photo")), points::toString);
  }

  @Test
  void neverChoosesTwoNearlyIdenticalSentences() {
    Article repeated = article(null, "en",
        "The central bank raised its key interest rate to 5.25 percent on Thursday.",
        "The central bank raised its key interest rate to 5.25 percent on Thursday, officials said.",
        "Shares in London fell sharply after the announcement was made.",
        "The bank's governor said inflation remained far too high for comfort.",
        "Economists had expected the increase for several weeks already.",
        "Mortgage lenders are expected to pass the rise on to borrowers soon.");
    List<String> points = summarizer.summarize(repeated, 3).keyPoints();
    long rateRises = points.stream().filter(p -> p.contains("5.25 percent")).count();
    assertEquals(1, rateRises, points::toString);
  }

  @Test
  void givesAShortPostFewerPoints() {
    Article post = article(null, "en",
        "The city library will close for renovation from June until September this year.",
        "Books can be returned to the branch on Elm Street during that time.",
        "The reopened library will have a new children's wing and a café.");
    int n = summarizer.summarize(post, 5).keyPoints().size();
    assertTrue(n >= 1 && n <= 2, "points: " + n);
  }

  @Test
  void neverPadsThePointsWithCaptionsOrQuestions() {
    Article thin = article(null, "en",
        "The council approved the new bus network on Tuesday after two years of consultation.",
        "Photo: City Council press office",
        "Is this the end of the number 12 bus?",
        "Getty Images / John Smith for the Daily Ledger",
        "What will it mean for your commute next spring?",
        "The routes take effect in April, with buses every ten minutes on the main lines.",
        "Read more: our guide to the best cycle routes in town",
        "Could fares rise as well, then?");
    List<String> points = summarizer.summarize(thin, 3).keyPoints();
    assertEquals(2, points.size(), points::toString);
  }

  @Test
  void fallsBackToAWeakSentenceWhenNothingElseExists() {
    assertEquals(List.of("Is it over?"), summarizer.summarize(article(null, "en", "Is it over?"), 3).keyPoints());
  }

  @Test
  void returnsNoPointsForAnEmptyArticle() {
    assertEquals(List.of(), summarizer.summarize(article("Title", null), 3).keyPoints());
  }

  @Test
  void summarizesChineseIntoWholeChineseSentences() {
    Article zh = article("国产大飞机完成首次商业飞行", null,
        "5月28日，国产大飞机C919从上海虹桥机场起飞，完成首次商业载客飞行。",
        "此外，这架飞机搭载了130多名旅客，经过约两个小时的飞行后抵达北京首都机场。",
        "图片来源：视觉中国",
        "C919是我国按照国际通行适航标准自行研制的喷气式干线客机。",
        "业内人士认为，C919投入商业运营标志着我国民航业进入新阶段。",
        "据介绍，首批C919飞机将主要执飞上海至北京、成都等航线。",
        "你准备好坐国产大飞机了吗？");
    Summary summary = summarizer.summarize(zh, 3);
    assertEquals("zh", summary.language());
    assertFalse(summary.keyPoints().isEmpty());
    for (String p : summary.keyPoints()) {
      assertTrue(p.endsWith("。"), p);
      assertFalse(p.startsWith("此外") || p.contains("图片来源") || p.endsWith("？"), p);
    }
    assertTrue(summary.keyPoints().stream().anyMatch(p -> p.contains("C919")), summary.keyPoints()::toString);
  }

  @Test
  void summarizesJapaneseIntoWholeSentences() {
    Article ja = article(null, null,
        "東京都は1日、新しい地下鉄路線の建設計画を発表した。総事業費は約3000億円に上る見通しだ。"
            + "新路線は臨海部と都心を結び、2040年の開業を目指す。「混雑の緩和につながる」と知事は述べた。"
            + "一方で、建設費の増加を懸念する声も上がっている。都は来年度から環境影響評価を始める予定だ。");
    Summary summary = summarizer.summarize(ja, 3);
    assertEquals("ja", summary.language());
    assertFalse(summary.keyPoints().isEmpty());
    summary.keyPoints().forEach(p -> assertTrue(p.endsWith("。"), p));
    assertTrue(summary.keyPoints().stream().noneMatch(p -> p.startsWith("一方で")), summary.keyPoints()::toString);
  }

  @Test
  void summarizesRussian() {
    Article ru = article("В Москве открылась новая линия метро", "ru",
        "В Москве в субботу открылась новая линия метро длиной 20 километров.",
        "Однако часть станций заработает только в следующем году, сообщили в мэрии.",
        "На линии построено восемь станций, пересадка возможна на три другие линии.",
        "Строительство линии метро обошлось городу в 150 миллиардов рублей.",
        "Фото: пресс-служба мэрии",
        "Пассажиры смогут добраться от окраины до центра за 25 минут.",
        "Эксперты считают, что новая линия метро разгрузит соседние ветки.");
    Summary summary = summarizer.summarize(ru, 3);
    assertEquals("ru", summary.language());
    assertTrue(summary.keyPoints().size() >= 1 && summary.keyPoints().size() <= 3);
    assertTrue(summary.keyPoints().stream().noneMatch(p -> p.startsWith("Однако") || p.startsWith("Фото")),
        summary.keyPoints()::toString);
    assertTrue(summary.keyPoints().stream().anyMatch(p -> p.contains("метро")), summary.keyPoints()::toString);
  }

  @Test
  void keepsNumbersNamesAndDatesIntact() {
    List<String> points = summarizer.summarize(TWO_THREADS, 6).keyPoints();
    for (String p : points) {
      assertTrue(TWO_THREADS.text().contains(p.substring(1)), p); // only the first letter may be re-cased
    }
    assertTrue(points.stream().anyMatch(p -> p.matches(".*\\d.*")), points::toString);
  }

  @Test
  void givesTheSameAnswerEveryTime() {
    Summary first = summarizer.summarize(TWO_THREADS, 3);
    for (int i = 0; i < 5; i++) {
      assertEquals(first, new ExtractiveSummarizer().summarize(TWO_THREADS, 3));
    }
  }

  @Test
  void givesAboutOnePointPerTwoSentencesUpToTheAskedNumber() {
    assertEquals(1, ExtractiveSummarizer.count(5, 1));
    assertEquals(2, ExtractiveSummarizer.count(5, 3));
    assertEquals(3, ExtractiveSummarizer.count(5, 6));
    assertEquals(5, ExtractiveSummarizer.count(5, 30));
    assertEquals(1, ExtractiveSummarizer.count(1, 30));
  }
}
