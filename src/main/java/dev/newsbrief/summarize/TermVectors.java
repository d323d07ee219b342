package dev.newsbrief.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
  /** The sentence that stands in for a missing title, or -1. */
  private final int titleSentence;

  private TermVectors(List<Sparse> sentences, Sparse title, int titleSentence) {
    this.sentences = sentences;
    this.title = title;
    this.titleSentence = titleSentence;
  }

  /**
   * Vectors for an article without a title: its first sentence, which in news says what a headline would, stands
   * in for the title. That sentence itself is not similar to the title, or the lead would count twice.
   */
  static TermVectors withLeadAsTitle(List<List<String>> sentenceTerms) {
    TermVectors plain = of(sentenceTerms, List.of());
    return plain.size() == 0 ? plain : new TermVectors(plain.sentences, plain.sentences.get(0), 0);
  }

  /** Vectors for {@code sentenceTerms}; {@code titleTerms} is weighted with the same IDF. */
  static TermVectors of(List<List<String>> sentenceTerms, List<String> titleTerms) {
    Map<String, Integer> ids = new HashMap<>();
    List<int[]> sentenceIds = new ArrayList<>(sentenceTerms.size());
    for (List<String> terms : sentenceTerms) {
      int[] list = new int[terms.size()];
      for (int k = 0; k < list.length; k++) {
        list[k] = ids.computeIfAbsent(terms.get(k), t -> ids.size());
      }
      Arrays.sort(list); // equal ids side by side: a run is one term and its count
      sentenceIds.add(list);
    }
    int[] documentFrequency = new int[ids.size()];
    for (int[] list : sentenceIds) {
      for (int k = 0; k < list.length; k++) {
        if (k == 0 || list[k] != list[k - 1]) {
          documentFrequency[list[k]]++;
        }
      }
    }
    int n = sentenceTerms.size();
    double[] idf = new double[ids.size()];
    for (int id = 0; id < idf.length; id++) {
      idf[id] = Math.log((n + 1.0) / documentFrequency[id]);
    }
    List<Sparse> vectors = new ArrayList<>(n);
    for (int[] list : sentenceIds) {
      vectors.add(vector(list, idf, 0));
    }
    return new TermVectors(vectors, title(titleTerms, ids, idf, Math.log(n + 1.0)), -1);
  }

  /** The title's vector: a title word the body never uses still lengthens it, so it has no dimension. */
  private static Sparse title(List<String> terms, Map<String, Integer> ids, double[] idf, double unseenIdf) {
    List<Integer> known = new ArrayList<>();
    Map<String, Integer> unseen = new HashMap<>();
    for (String term : terms) {
      Integer id = ids.get(term);
      if (id != null) {
        known.add(id);
      } else {
        unseen.merge(term, 1, Integer::sum);
      }
    }
    double unseenNorm = 0;
    for (int count : unseen.values()) {
      double w = (1 + Math.log(count)) * unseenIdf;
      unseenNorm += w * w;
    }
    int[] list = known.stream().mapToInt(Integer::intValue).sorted().toArray();
    return vector(list, idf, unseenNorm);
  }

  /** A unit vector from sorted term ids; {@code extraNorm} is the squared weight of terms without an id. */
  private static Sparse vector(int[] sortedIds, double[] idf, double extraNorm) {
    int[] keys = new int[sortedIds.length];
    double[] weights = new double[sortedIds.length];
    int size = 0;
    double norm = extraNorm;
    for (int k = 0; k < sortedIds.length; ) {
      int id = sortedIds[k];
      int end = k;
      while (end < sortedIds.length && sortedIds[end] == id) {
        end++;
      }
      double w = (1 + Math.log(end - k)) * idf[id];
      keys[size] = id;
      weights[size++] = w;
      norm += w * w;
      k = end;
    }
    if (norm == 0) {
      return Sparse.EMPTY;
    }
    double length = Math.sqrt(norm);
    for (int k = 0; k < size; k++) {
      weights[k] /= length;
    }
    return new Sparse(Arrays.copyOf(keys, size), Arrays.copyOf(weights, size));
  }

  int size() {
    return sentences.size();
  }

  /** Cosine of sentences {@code i} and {@code j}. */
  double similarity(int i, int j) {
    return sentences.get(i).dot(sentences.get(j));
  }

  /** Cosine of sentence {@code i} and the title; 0 without a title, and for the sentence standing in for it. */
  double titleSimilarity(int i) {
    return i == titleSentence ? 0 : sentences.get(i).dot(title);
  }
}
