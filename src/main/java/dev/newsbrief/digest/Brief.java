package dev.newsbrief.digest;

import dev.newsbrief.extract.Source;
import java.util.List;

/**
 * What a reader gets for one article: its identity, key points and sources.
 *
 * @param url            the article's address (after redirects), or null for local text
 * @param title          the headline, or null
 * @param siteName       the publication, or null
 * @param published      ISO-8601 date, or null
 * @param language       BCP-47 primary tag, or null
 * @param keyPoints      the key points in article order
 * @param sources        the article's own cited sources
 * @param method         how the points were made, e.g. {@code extractive}
 * @param readingMinutes minutes the whole article takes to read, at least 1
 * @param previewReason  why only a preview could be read (a login wall, a paywall), or null for the whole article
 */
public record Brief(
    String url,
    String title,
    String siteName,
    String published,
    String language,
    List<String> keyPoints,
    List<Source> sources,
    String method,
    int readingMinutes,
    String previewReason) {

  public Brief {
    keyPoints = List.copyOf(keyPoints);
    sources = List.copyOf(sources);
  }

  /** True when the whole article was read, not just a preview. */
  public boolean complete() {
    return previewReason == null;
  }
}
