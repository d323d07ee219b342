package dev.newsbrief.feeds;

/**
 * A topic that cannot be parsed. The message is a short English sentence (for the command line and logs); the bot
 * words its reply by {@link #problem()} in the chat's language, with {@link #detail()} filled in.
 */
public final class InvalidTopicException extends IllegalArgumentException {
  /** What is wrong with the topic. */
  public enum Problem {
    /** Nothing typed. */
    EMPTY,
    /** Longer than {@link QueryParser#MAX_LENGTH} characters; the detail is that limit. */
    TOO_LONG,
    /** A minus followed by a space or nothing. */
    MINUS_WITHOUT_WORD,
    /** A quote opened and never closed. */
    UNCLOSED_QUOTE,
    /** Quotes with nothing between them. */
    EMPTY_QUOTES,
    /** A term with no letters or digits; the detail is the term as typed. */
    NO_LETTERS,
    /** More than {@link QueryParser#MAX_TERMS} terms; the detail is that limit. */
    TOO_MANY_TERMS,
    /** Exclusions only: nothing to look for. */
    ONLY_EXCLUSIONS,
    /** An OR without a topic on one side. */
    DANGLING_OR
  }

  private final Problem problem;
  private final String detail;

  InvalidTopicException(Problem problem, String detail, String message) {
    super(message);
    this.problem = problem;
    this.detail = detail;
  }

  public Problem problem() {
    return problem;
  }

  /** The term or the limit the message names, or "" when it names none. */
  public String detail() {
    return detail;
  }
}
