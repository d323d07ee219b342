package dev.newsbrief.summarize;

import java.util.List;

/**
 * Key points of one article.
 *
 * @param keyPoints the points, in article order
 * @param language  the language the points are in (BCP-47 primary tag), or null when unknown
 * @param method    how they were made, e.g. {@code extractive}
 */
public record Summary(List<String> keyPoints, String language, String method) {
  public Summary {
    keyPoints = List.copyOf(keyPoints);
  }
}
