package dev.newsbrief.summarize;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Scores sentences by LexRank centrality over their cosine graph, a lead prior, similarity to the
 * title and a preference for sentences of moderate length. Stateless apart from its weights; thread-safe.
 */
final class SentenceRanker {
  private static final double DAMPING = 0.85;
  private static final int ITERATIONS = 60;
  private static final double CONVERGED = 1e-7;

  /**
   * Openings that lean on the sentence before and so read badly as a point on their own: a pronoun, or an
   * attribution to one ("According to him,", "По его словам,", "Selon elle,").
   */
  private static final Pattern ANAPHORA = Pattern.compile(
      "(?iu)(?:(?:according\\s+to|in\\s+the\\s+words\\s+of)\\s+(?:him|her|them)"
          + "|по\\s+(?:его|её|ее|их)\\s+(?:словам|мнению|данным|оценке|оценкам)|по\\s+словам\\s+(?:него|неё|нее|них)"
          + "|laut\\s+(?:ihm|ihr|ihnen)|selon\\s+(?:lui|elle|eux|elles)|según\\s+(?:él|ella|ellos|ellas)"
          + "|he|she|it|they|this|these|those|that|his|her|its|their|such|он|она|оно|они|это|этот|эта|эти"
          + "|er|sie|es|dies|il|elle|ils|elles|cela|ella|ellos|esto|eso)\\b(?![-'’])"
          + "|(?:他|她|它|这|该|此|其|那)");

  private final RankingWeights weights;

  SentenceRanker(RankingWeights weights) {
    this.weights = weights;
  }

  /** One score per sentence; higher is more summary-worthy. */
  double[] scores(TermVectors vectors, List<String> texts) {
    int n = vectors.size();
    double[] centrality = centrality(vectors);
    double max = 0;
    for (double c : centrality) {
      max = Math.max(max, c);
    }
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      double central = max > 0 ? centrality[i] / max : 0;
      double lead = Math.exp(-i / weights.leadDecay());
      double words = words(texts.get(i));
      scores[i] = weights.centrality() * central + weights.lead() * lead
          + weights.title() * vectors.titleSimilarity(i)
          - weights.length() * Math.max(0, words / weights.idealWords() - 1)
          + weights.brevity() * Math.max(0, 1 - words / weights.briefWords())
          - (ANAPHORA.matcher(texts.get(i)).lookingAt() ? weights.anaphora() : 0);
    }
    return scores;
  }

  /** Words of a sentence, two CJK characters counting as one. */
  static double words(String text) {
    int cjk = 0;
    int latin = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean letter = Character.isLetterOrDigit(cp);
      boolean isCjk = Tokenizer.isCjk(cp);
      if (isCjk) {
        cjk++;
      } else if (letter && !inWord) {
        latin++;
      }
      inWord = letter && !isCjk;
    }
    return latin + cjk / 2.0;
  }

  /** Stationary distribution of a random walk over the similarity graph (continuous LexRank). */
  static double[] centrality(TermVectors vectors) {
    int n = vectors.size();
    double[][] edges = new double[n][n];
    double[] rowSum = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double s = vectors.similarity(i, j);
        edges[i][j] = s;
        edges[j][i] = s;
        rowSum[i] += s;
        rowSum[j] += s;
      }
    }
    double[] rank = new double[n];
    java.util.Arrays.fill(rank, 1.0 / Math.max(1, n));
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[] next = new double[n];
      for (int j = 0; j < n; j++) {
        if (rowSum[j] == 0) {
          continue; // a sentence sharing no term passes no vote
        }
        double share = DAMPING * rank[j] / rowSum[j];
        for (int i = 0; i < n; i++) {
          next[i] += share * edges[j][i];
        }
      }
      double delta = 0;
      for (int i = 0; i < n; i++) {
        next[i] += (1 - DAMPING) / n;
        delta += Math.abs(next[i] - rank[i]);
      }
      rank = next;
      if (delta < CONVERGED) {
        break;
      }
    }
    return rank;
  }
}
