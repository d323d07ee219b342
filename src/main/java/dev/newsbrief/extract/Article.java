package dev.newsbrief.extract;

import java.util.List;
import java.util.Objects;

/**
 * The readable content of one page.
 *
 * @param url        the address the page was read from (after redirects), or null for local text
 * @param canonicalUrl the page's own canonical address ({@code <link rel=canonical>}, og:url), or null
 * @param title      the headline as a reader sees it, or null
 * @param siteName   the publication, or null
 * @param byline     the author(s), or null
 * @param published  ISO-8601 date or date-time, or null
 * @param language   BCP-47 primary tag such as {@code zh}, {@code en}, {@code ru}, or null when unknown
 * @param paragraphs the main text, one entry per paragraph, never null
 * @param sources    the article's own cited sources, never null
 * @param imageUrl   the lead image, or null
 */
public record Article(
    String url,
    String canonicalUrl,
    String title,
    String siteName,
    String byline,
    String published,
    String language,
    List<String> paragraphs,
    List<Source> sources,
    String imageUrl) {

  public Article {
    paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
  }

  /** The main text, paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  /** Words in the main text; each Han, kana or hangul character counts as one word. */
  public int wordCount() {
    return TextStats.wordCount(text());
  }

  /** A copy with another language tag. */
  public Article withLanguage(String newLanguage) {
    return new Article(url, canonicalUrl, title, siteName, byline, published, newLanguage,
        paragraphs, sources, imageUrl);
  }
}
