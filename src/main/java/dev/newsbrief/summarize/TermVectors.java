package dev.newsbrief.summarize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TF-IDF vectors of an article's sentences, with document frequencies counted over those same
 * sentences: a term that appears in every sentence says little about any one of them. Vectors are
 * unit length, so a dot product is a cosine. Immutable once built.
 */
final class TermVectors {
  /** A sparse unit vector: term ids in ascending order and their weights. */
  private record Sparse(int[] ids, double[] weights) {
    static final Sparse EMPTY = new Sparse(new int[0], new double[0]);

    double dot(Sparse other) {
      double sum = 0;
      int i = 0;
      int j = 0;
      while (i < ids.length && j < other.ids.length) {
        int cmp = Integer.compare(ids[i], other.ids[j]);
        if (cmp == 0) {
          sum += weights[i++] * other.weights[j++];
        } else if (cmp < 0) {
          i++;
        } else {
          j++;
        }
      }
      return sum;
    }
  }

  private final List<Sparse> sentences;
  private final Sparse title;

  private TermVectors(List<Sparse> sentences, Sparse title) {
    this.sentences = sentences;
    this.title = title;
  }

  /** Vectors for {@code sentenceTerms}; {@code titleTerms} is weighted with the same IDF. */
  static TermVectors of(List<List<String>> sentenceTerms, List<String> titleTerms) {
    Map<String, Integer> ids = new HashMap<>();
    Map<Integer, Integer> documentFrequency = new HashMap<>();
    for (List<String> terms : sentenceTerms) {
      terms.stream().map(t -> ids.computeIfAbsent(t, k -> ids.size())).distinct()
          .forEach(id -> documentFrequency.merge(id, 1, Integer::sum));
    }
    int n = sentenceTerms.size();
    double[] idf = new double[ids.size()];
    documentFrequency.forEach((id, df) -> idf[id] = Math.log((n + 1.0) / df));
    double unseen = Math.log(n + 1.0);
    List<Sparse> vectors = sentenceTerms.stream().map(terms -> vector(terms, ids, idf, unseen)).toList();
    return new TermVectors(vectors, vector(titleTerms, ids, idf, unseen));
  }

  private static Sparse vector(List<String> terms, Map<String, Integer> ids, double[] idf, double unseen) {
    Map<String, Integer> tf = new HashMap<>();
    terms.forEach(t -> tf.merge(t, 1, Integer::sum));
    Map<Integer, Double> known = new TreeMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      Integer id = ids.get(e.getKey());
      double w = (1 + Math.log(e.getValue())) * (id != null ? idf[id] : unseen);
      norm += w * w;
      if (id != null) {
        known.put(id, w); // a title word the body never uses still lengthens the title vector
      }
    }
    if (norm == 0) {
      return Sparse.EMPTY;
    }
    double length = Math.sqrt(norm);
    int[] keys = known.keySet().stream().mapToInt(Integer::intValue).toArray();
    double[] weights = known.values().stream().mapToDouble(w -> w / length).toArray();
    return new Sparse(keys, weights);
  }

  int size() {
    return sentences.size();
  }

  /** Cosine of sentences {@code i} and {@code j}. */
  double similarity(int i, int j) {
    return sentences.get(i).dot(sentences.get(j));
  }

  /** Cosine of sentence {@code i} and the title; 0 without a title. */
  double titleSimilarity(int i) {
    return sentences.get(i).dot(title);
  }
}
