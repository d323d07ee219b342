package dev.newsbrief.feeds;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A topic as a user typed it after {@code /subscribe}, parsed.
 *
 * <p>Syntax: words and quoted phrases ({@code "natural gas"}, {@code "天然气 价格"}); several terms must all
 * match; {@code -term} or {@code -"phrase"} excludes; an upper-case {@code OR} separates alternatives and binds
 * looser than the implicit AND, so {@code nvidia OR amd -intel} means nvidia, or else amd without intel. Nothing
 * a user types is ever a regular expression.
 *
 * <p>Matching is case-, width- and diacritic-insensitive (NFKC, lower case, marks stripped from Latin, Greek and
 * Cyrillic letters). Words of space-delimited scripts match whole, after light stemming ("chip" finds "chips",
 * "gas" does not find "gasoline"; Russian "газ" finds "газа"); a phrase matches as consecutive words. CJK terms
 * (Han, kana, Hangul) match as substrings ("天然气" finds "国内天然气价格上涨"); spaces and punctuation between
 * characters are ignored on both sides.
 *
 * <p>Immutable and thread-safe. Two queries are equal when their {@linkplain #canonical() canonical forms} are.
 */
public final class TopicQuery {
  private final String text;
  private final List<Clause> clauses;
  private final String canonical;

  private TopicQuery(String text, List<Clause> clauses) {
    this.text = text;
    this.clauses = List.copyOf(clauses);
    this.canonical = clauses.stream().map(Clause::canonical).distinct().sorted()
        .collect(Collectors.joining(" OR "));
  }

  /**
   * Parses a topic.
   *
   * @param text what the user typed after the command
   * @return the parsed topic
   * @throws InvalidTopicException with a short message for the user when the topic is empty, longer than 200
   *     characters, has more than 10 terms, an unclosed quote, a dangling OR, only exclusions, or a term with no
   *     letters or digits
   */
  public static TopicQuery parse(String text) {
    return new TopicQuery(text == null ? "" : text.strip(), QueryParser.parse(text));
  }

  /** The topic as typed (trimmed), for {@code /topics}. */
  public String text() {
    return text;
  }

  /**
   * The normalized topic, to tell duplicate subscriptions apart: folded, stemmed tokens, terms sorted within a
   * clause and clauses sorted, so {@code "AMD Nvidia"} and {@code "nvidia amd"} give the same form. Not for
   * display (stems are not always words).
   */
  public String canonical() {
    return canonical;
  }

  /**
   * Whether an item matches this topic, checked on its own (a {@link TopicMatcher} does it for many topics at
   * once).
   *
   * @param title the item's title, or null
   * @param body  its description and article text, or null
   */
  public boolean matches(String title, String body) {
    return matchingClause(ItemText.of(title, body)) != null;
  }

  /** The first clause that matches, or null. */
  Clause matchingClause(ItemText item) {
    for (Clause clause : clauses) {
      if (clause.matches(item)) {
        return clause;
      }
    }
    return null;
  }

  List<Clause> clauses() {
    return clauses;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TopicQuery q && q.canonical.equals(canonical);
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
