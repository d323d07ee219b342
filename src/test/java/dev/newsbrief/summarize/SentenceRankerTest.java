package dev.newsbrief.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceRankerTest {
  private final Tokenizer tokenizer = new Tokenizer();

  private double[] scores(RankingWeights weights, String title, List<String> sentences) {
    List<List<String>> terms = sentences.stream().map(s -> tokenizer.terms(s, "en")).toList();
    return new SentenceRanker(weights).scores(TermVectors.of(terms, tokenizer.terms(title, "en")), sentences);
  }

  @Test
  void ranksTheSentenceSharingMostWithTheOthersAsMostCentral() {
    List<String> sentences = List.of(
        "The weather was mild in the north on Sunday.",
        "Flood water rose along the river after heavy rain.",
        "The river flood forced families from homes near the water.",
        "Heavy rain is expected to continue, raising the river further.");
    double[] centrality = SentenceRanker.centrality(TermVectors.of(
        sentences.stream().map(s -> tokenizer.terms(s, "en")).toList(), List.of()));
    assertTrue(centrality[0] < centrality[1] && centrality[0] < centrality[2], java.util.Arrays.toString(centrality));
  }

  @Test
  void prefersTheSentenceThatMatchesTheTitle() {
    RankingWeights titleOnly = new RankingWeights(0, 0, 2, 1, 0, 25, 0, 12, 0, 0, 1);
    double[] s = scores(titleOnly, "Parliament approves budget",
        List.of("The weather was mild on Sunday.", "Parliament approved the budget on Monday."));
    assertTrue(s[1] > s[0]);
  }

  @Test
  void withoutATitleTheFirstSentenceStandsInForItButDoesNotCountItselfAlike() {
    List<String> sentences = List.of(
        "Parliament approved the budget for road repairs on Monday.",
        "The weather was mild on Sunday.",
        "The budget gives road repairs twelve million.");
    TermVectors vectors = TermVectors.withLeadAsTitle(sentences.stream().map(s -> tokenizer.terms(s, "en")).toList());
    assertEquals(0, vectors.titleSimilarity(0));
    assertEquals(0, vectors.titleSimilarity(1));
    assertTrue(vectors.titleSimilarity(2) > 0.1, "shares budget, road, repairs: " + vectors.titleSimilarity(2));
    assertEquals(0, TermVectors.withLeadAsTitle(List.of()).size());
  }

  @Test
  void penalisesSentencesThatOpenWithABackPointingPronoun() {
    RankingWeights anaphoraOnly = new RankingWeights(0, 0, 2, 0, 0, 25, 0, 12, 1, 0, 1);
    double[] s = scores(anaphoraOnly, "",
        List.of("This plan was approved by parliament.", "The plan was approved by parliament.",
            "他表示这项计划已经获得批准。"));
    assertTrue(s[0] < s[1] && s[2] < s[1]);
  }

  @Test
  void penalisesAnAttributionToAPronounAsMuchAsThePronoun() {
    RankingWeights anaphoraOnly = new RankingWeights(0, 0, 2, 0, 0, 25, 0, 12, 1, 0, 1);
    double[] s = scores(anaphoraOnly, "",
        List.of("According to him, the plan was approved by parliament.",
            "According to the ministry, the plan was approved by parliament.",
            "По его словам, план одобрен парламентом.",
            "По словам министра, план одобрен парламентом.",
            "Selon elle, le plan a été approuvé.",
            "Laut ihr wurde der Plan gebilligt.",
            "Hermes said the plan was approved.",
            "Поезд прибыл вовремя."));
    double clean = s[1];
    assertTrue(s[0] < clean && s[2] < clean && s[4] < clean && s[5] < clean, java.util.Arrays.toString(s));
    assertEquals(clean, s[3], "an attribution to a name stands on its own");
    assertEquals(clean, s[6], "a word that only starts like a pronoun");
    assertEquals(clean, s[7], "«По» alone is no attribution");
  }

  @Test
  void penalisesSentencesFarLongerThanIdeal() {
    RankingWeights lengthOnly = new RankingWeights(0, 0, 2, 0, 1, 10, 0, 12, 0, 0, 1);
    double[] s = scores(lengthOnly, "",
        List.of("The plan was approved.", "The plan was approved by parliament after a long debate that went on "
            + "for many hours and ended only after midnight when the last speaker sat down."));
    assertTrue(s[1] < s[0]);
  }

  @Test
  void givesACompactSentenceABrevityBonusThatFadesWithLength() {
    RankingWeights brevityOnly = new RankingWeights(0, 0, 2, 0, 0, 25, 1, 12, 0, 0, 1);
    double[] s = scores(brevityOnly, "",
        List.of("Parliament approved the plan.", "Parliament approved the plan on Monday after a debate.",
            "Parliament approved the budget plan on Monday after a long debate that ended late at night."));
    assertTrue(s[0] > s[1] && s[1] > s[2] && s[2] == 0, java.util.Arrays.toString(s));
  }
}
