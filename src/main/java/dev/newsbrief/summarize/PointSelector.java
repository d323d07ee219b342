package dev.newsbrief.summarize;

import dev.newsbrief.summarize.CandidateFilter.Fitness;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the points greedily by maximal marginal relevance: each next point is the best-scored
 * sentence after a penalty for resembling points already chosen, and near-repeats are never taken.
 * Good sentences come first, then run-ons; one weak sentence only when nothing else exists, page
 * furniture never. Thread-safe.
 */
final class PointSelector {
  private final RankingWeights weights;

  PointSelector(RankingWeights weights) {
    this.weights = weights;
  }

  /** Indices of up to {@code count} chosen sentences, in article order. */
  List<Integer> select(double[] scores, List<Fitness> fitness, TermVectors vectors, int count) {
    List<Integer> chosen = new ArrayList<>();
    for (Fitness tier : List.of(Fitness.GOOD, Fitness.RUN_ON, Fitness.WEAK)) {
      // a weak sentence is better than no point at all, but never pads out good ones
      int limit = tier == Fitness.WEAK ? (chosen.isEmpty() ? 1 : 0) : count;
      while (chosen.size() < limit) {
        int best = best(scores, fitness, tier, vectors, chosen);
        if (best < 0) {
          break;
        }
        chosen.add(best);
      }
    }
    chosen.sort(null);
    return chosen;
  }

  private int best(double[] scores, List<Fitness> fitness, Fitness tier, TermVectors vectors, List<Integer> chosen) {
    int best = -1;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < scores.length; i++) {
      if (fitness.get(i) != tier || chosen.contains(i)) {
        continue;
      }
      double closest = 0;
      for (int j : chosen) {
        closest = Math.max(closest, vectors.similarity(i, j));
      }
      if (closest > weights.redundancy()) {
        continue;
      }
      double value = scores[i] - weights.diversity() * closest;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    return best;
  }
}
