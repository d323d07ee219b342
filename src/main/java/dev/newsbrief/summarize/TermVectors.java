package dev.newsbrief.summarize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of an article's sentences, with document frequencies counted over those same
 * sentences: a term that appears in every sentence says little about any one of them. Vectors are
 * unit length, so a dot product is a cosine. Immutable once built.
 */
final class TermVectors {
  private final List<Map<String, Double>> sentences;
  private final Map<String, Double> title;

  private TermVectors(List<Map<String, Double>> sentences, Map<String, Double> title) {
    this.sentences = sentences;
    this.title = title;
  }

  /** Vectors for {@code sentenceTerms}; {@code titleTerms} is weighted with the same IDF. */
  static TermVectors of(List<List<String>> sentenceTerms, List<String> titleTerms) {
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (List<String> terms : sentenceTerms) {
      terms.stream().distinct().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
    }
    int n = sentenceTerms.size();
    Map<String, Double> idf = new HashMap<>();
    documentFrequency.forEach((term, df) -> idf.put(term, Math.log((n + 1.0) / df)));
    double unseen = Math.log(n + 1.0);
    List<Map<String, Double>> vectors = sentenceTerms.stream().map(terms -> vector(terms, idf, unseen)).toList();
    return new TermVectors(vectors, vector(titleTerms, idf, unseen));
  }

  private static Map<String, Double> vector(List<String> terms, Map<String, Double> idf, double unseen) {
    Map<String, Integer> tf = new HashMap<>();
    terms.forEach(t -> tf.merge(t, 1, Integer::sum));
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      double w = (1 + Math.log(e.getValue())) * idf.getOrDefault(e.getKey(), unseen);
      if (w > 0) {
        v.put(e.getKey(), w);
        norm += w * w;
      }
    }
    double length = Math.sqrt(norm);
    v.replaceAll((term, w) -> w / length);
    return Map.copyOf(v);
  }

  int size() {
    return sentences.size();
  }

  /** Cosine of sentences {@code i} and {@code j}. */
  double similarity(int i, int j) {
    return dot(sentences.get(i), sentences.get(j));
  }

  /** Cosine of sentence {@code i} and the title; 0 without a title. */
  double titleSimilarity(int i) {
    return dot(sentences.get(i), title);
  }

  boolean hasTitle() {
    return !title.isEmpty();
  }

  private static double dot(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double sum = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        sum += e.getValue() * w;
      }
    }
    return sum;
  }
}
