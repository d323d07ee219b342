package dev.newsbrief.feeds;

import dev.newsbrief.feeds.InvalidTopicException.Problem;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a user typed after /subscribe into clauses; every error is an {@link InvalidTopicException} naming
 * the problem, with a short English sentence for the user.
 */
final class QueryParser {
  static final int MAX_LENGTH = 200;
  static final int MAX_TERMS = 10;
  /** Straight, curly and guillemet quotes all open and close a phrase. */
  private static final String QUOTES = "\"“”„«»";
  private static final String MINUSES = "-−–";

  private final String text;
  private int pos;
  private final List<Clause> clauses = new ArrayList<>();
  private List<Term> required = new ArrayList<>();
  private List<Term> excluded = new ArrayList<>();
  private int terms;
  private boolean orPending;

  private QueryParser(String text) {
    this.text = text;
  }

  static List<Clause> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw invalid(Problem.EMPTY, "", "Type a topic, e.g. /subscribe \"natural gas\" -stocks");
    }
    if (raw.strip().length() > MAX_LENGTH) {
      throw invalid(Problem.TOO_LONG, String.valueOf(MAX_LENGTH), "A topic can be at most " + MAX_LENGTH
          + " characters.");
    }
    // NFKC first, so full-width quotes, minus signs and ＯＲ read like their plain forms
    return new QueryParser(Normalizer.normalize(raw.strip(), Normalizer.Form.NFKC)).clauses();
  }

  private List<Clause> clauses() {
    while (skipSpaces()) {
      boolean exclude = MINUSES.indexOf(text.charAt(pos)) >= 0;
      if (exclude) {
        pos++;
        if (pos >= text.length() || Character.isWhitespace(text.charAt(pos))) {
          throw invalid(Problem.MINUS_WITHOUT_WORD, "", "Put the word right after the minus, e.g. -stocks");
        }
      }
      int start = exclude ? pos - 1 : pos;
      boolean quoted = QUOTES.indexOf(text.charAt(pos)) >= 0;
      String body = quoted ? phrase() : word();
      String display = text.substring(start, pos);
      if (!quoted && !exclude && body.equals("OR")) {
        or();
      } else {
        term(display, body, exclude);
      }
    }
    endClause();
    if (orPending) {
      throw orError();
    }
    return clauses;
  }

  private String phrase() {
    int open = pos++;
    while (pos < text.length() && QUOTES.indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
    if (pos >= text.length()) {
      throw invalid(Problem.UNCLOSED_QUOTE, "", "A quote is not closed: add the closing \" after the phrase.");
    }
    return text.substring(open + 1, pos++);
  }

  private String word() {
    int start = pos;
    while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && QUOTES.indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private void term(String display, String body, boolean exclude) {
    List<String> tokens = new ArrayList<>();
    TopicText.tokenize(TopicText.fold(body), tokens);
    if (tokens.isEmpty()) {
      throw body.isBlank() ? invalid(Problem.EMPTY_QUOTES, "", "Empty quotes: put a phrase between them.")
          : invalid(Problem.NO_LETTERS, display, "'" + display + "' has no letters or digits to look for.");
    }
    if (++terms > MAX_TERMS) {
      throw invalid(Problem.TOO_MANY_TERMS, String.valueOf(MAX_TERMS), "A topic can have at most " + MAX_TERMS
          + " terms.");
    }
    (exclude ? excluded : required).add(new Term(display, tokens));
    orPending = false;
  }

  private void or() {
    if (orPending || required.isEmpty() && excluded.isEmpty()) {
      throw orError();
    }
    endClause();
    orPending = true;
  }

  private void endClause() {
    if (required.isEmpty()) {
      if (!excluded.isEmpty() || clauses.isEmpty()) {
        throw invalid(Problem.ONLY_EXCLUSIONS, "",
            "A topic needs at least one term to look for, not only exclusions (-term).");
      }
      return;
    }
    clauses.add(new Clause(required, excluded));
    required = new ArrayList<>();
    excluded = new ArrayList<>();
  }

  private static InvalidTopicException orError() {
    return invalid(Problem.DANGLING_OR, "", "OR needs a topic on each side, e.g. nvidia OR amd.");
  }

  private static InvalidTopicException invalid(Problem problem, String detail, String message) {
    return new InvalidTopicException(problem, detail, message);
  }

  /** Moves past spaces; whether anything is left. */
  private boolean skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
    return pos < text.length();
  }
}
