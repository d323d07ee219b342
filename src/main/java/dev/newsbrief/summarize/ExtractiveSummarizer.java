package dev.newsbrief.summarize;

import dev.newsbrief.extract.Article;
import dev.newsbrief.extract.LanguageDetector;
import dev.newsbrief.summarize.CandidateFilter.Fitness;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the article's most central sentences as key points: sentences are ranked by LexRank
 * centrality over TF-IDF cosines, a lead prior and similarity to the title, then chosen by maximal
 * marginal relevance, cleaned of leading connectives and returned in article order.
 *
 * <p>Measured with {@code score_summaries.py} (ROUGE-1 F1 x100, {@link RankingWeights#TUNED}): en/cnndm@3
 * 28.7 (Lead-3 27.4), en/bbc@3 50.1 (Lead 44.0), zh/clts@3 26.6 (Lead 28.3, five rows), zh/lcsts@1 27.2
 * (Lead 26.7). Speed: about 1.3 ms of CPU time per 1,000-word English article (median, warm JVM, one thread);
 * {@code bench summarize} measures it on any batch.
 *
 * <p>Pure and thread-safe: one instance may serve every caller.
 */
public final class ExtractiveSummarizer implements Summarizer {
  static final String METHOD = "extractive";
  /** Sentences past this point are not ranked; key points of longer texts sit before it anyway. */
  private static final int MAX_SENTENCES = 400;

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Tokenizer tokenizer = new Tokenizer();
  private final ConnectiveTrimmer trimmer = new ConnectiveTrimmer();
  private final CandidateFilter filter = new CandidateFilter();
  private final SentenceRanker ranker;
  private final PointSelector selector;

  /** A summarizer with the weights tuned on the development set. */
  public ExtractiveSummarizer() {
    this(RankingWeights.TUNED);
  }

  ExtractiveSummarizer(RankingWeights weights) {
    this.ranker = new SentenceRanker(weights);
    this.selector = new PointSelector(weights);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Texts of few sentences get fewer points: about one per two sentences.
   */
  @Override
  public Summary summarize(Article article, int points) {
    if (points < 1) {
      throw new IllegalArgumentException("points must be >= 1: " + points);
    }
    String language = article.language() != null ? article.language() : LanguageDetector.detect(article.text());
    List<String> sentences = distinct(splitter.split(article.paragraphs()), article.title());
    if (sentences.isEmpty()) {
      return new Summary(List.of(), language, METHOD);
    }
    List<List<String>> terms = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<Fitness> fitness = new ArrayList<>();
    boolean cjkArticle = CandidateFilter.isCjkLanguage(language);
    for (String sentence : sentences) {
      String text = trimmer.trim(sentence);
      terms.add(tokenizer.terms(text, language));
      texts.add(text);
      fitness.add(filter.judge(text, sentence, cjkArticle));
    }
    boolean titled = article.title() != null && !article.title().isBlank();
    TermVectors vectors = titled ? TermVectors.of(terms, tokenizer.terms(article.title(), language))
        : TermVectors.withLeadAsTitle(terms);
    double[] scores = ranker.scores(vectors, texts);
    List<String> keyPoints = new ArrayList<>();
    for (int i : selector.select(scores, fitness, vectors, count(points, sentences.size()))) {
      keyPoints.add(RunOnClipper.clip(texts.get(i), cjkArticle));
    }
    return new Summary(keyPoints, language, METHOD);
  }

  /**
   * About one point per two sentences, at least one, at most {@code points}: a 3-sentence post gets 2, a
   * 6-sentence story 3. One per three left short news stories with two points, too few to tell the story.
   */
  static int count(int points, int sentences) {
    return Math.min(points, Math.max(1, (sentences + 1) / 2));
  }

  /** Drops repeated sentences and the headline when the body repeats it, and caps the length. */
  private static List<String> distinct(List<String> sentences, String title) {
    Set<String> seen = new HashSet<>();
    if (title != null) {
      seen.add(key(title));
    }
    List<String> out = new ArrayList<>();
    for (String s : sentences) {
      if (seen.add(key(s)) && out.size() < MAX_SENTENCES) {
        out.add(s);
      }
    }
    return out;
  }

  /** The sentence lower-cased without punctuation and white space, so near-identical copies meet. */
  private static String key(String s) {
    StringBuilder key = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isWhitespace(cp) && !isPunctuation(cp)) {
        key.appendCodePoint(Character.toLowerCase(cp));
      }
    }
    return key.toString();
  }

  private static boolean isPunctuation(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }
}
