package dev.newsbrief.summarize;

import dev.newsbrief.extract.Article;

/** Turns an article into key points. Implementations are pure and thread-safe. */
public interface Summarizer {

  /** Default number of key points. */
  int DEFAULT_POINTS = 5;

  /**
   * Summarizes {@code article} into at most {@code points} key points (fewer for short texts).
   *
   * @throws IllegalArgumentException if {@code points < 1}
   */
  Summary summarize(Article article, int points);
}
