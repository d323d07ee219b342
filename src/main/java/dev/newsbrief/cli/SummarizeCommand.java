package dev.newsbrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbrief.digest.Brief;
import dev.newsbrief.digest.BriefService;
import dev.newsbrief.digest.NoArticleException;
import dev.newsbrief.extract.Article;
import dev.newsbrief.extract.ArticleExtractor;
import dev.newsbrief.extract.LanguageDetector;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code summarize [--json] [--points N] <url-or-file>} and {@code summarize --json --batch FILE}. */
final class SummarizeCommand {
  static final String HELP = """
      Usage: newsbrief summarize [--json] [--points N | --length short|normal|long] <url-or-file>
             newsbrief summarize --json --batch FILE [--points N]

      Prints the article's title and key points with its sources.
      A file is HTML when its name ends in .html/.htm (or .html.gz) or it starts with '<'; otherwise plain text,
      whose paragraphs are its lines or blank-line separated blocks.

        --points N     at most N key points (1-10; default from the config, 5)
        --length L     short (3 points), normal (5) or long (8)
        --json         one JSON object: {url, title, siteName, language, keyPoints, sources, method, readingMinutes},
                       plus "complete": false and a "note" when only a preview could be read
        --batch FILE   FILE holds JSON lines {"id", "text", "title"?, "lang"?}; prints one line per input,
                       in input order: {id, ...fields} or {id, error}

      Exit codes: 0 success; 2 usage error; 3 the input could not be fetched, read or turned into an article.
      """;

  private static final Map<String, Integer> LENGTHS = Map.of("short", 3, "normal", 5, "long", 8);

  private final BriefService service;
  private final ArticleExtractor extractor;
  private final InputLoader loader;
  private final int defaultPoints;
  private final PrintStream out;
  private final PrintStream err;

  SummarizeCommand(BriefService service, ArticleExtractor extractor, InputLoader loader, int defaultPoints,
      PrintStream out, PrintStream err) {
    this.service = service;
    this.extractor = extractor;
    this.loader = loader;
    this.defaultPoints = defaultPoints;
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) throws UsageException {
    Options o = Options.parse(args, Set.of("--json"), Set.of("--points", "--length", "--batch"));
    int points = points(o);
    if (o.value("--batch") != null) {
      if (!o.has("--json")) {
        throw new UsageException("--batch needs --json");
      }
      if (!o.positional().isEmpty()) {
        throw new UsageException("give either --batch FILE or an input, not both");
      }
      return BatchFile.run(Path.of(o.value("--batch")), out, err, (id, row) -> batchLine(id, row, points));
    }
    if (o.positional().size() != 1) {
      throw new UsageException("summarize needs exactly one URL or file");
    }
    String input = o.positional().get(0);
    try {
      Brief brief = InputLoader.isUrl(input)
          ? service.brief(input, points)
          : service.summarize(service.extraction(loader.load(Path.of(input), null)), points);
      out.println(o.has("--json") ? JsonOutput.line(JsonOutput.brief(null, brief)) : TerminalOutput.brief(brief));
      return Main.EXIT_OK;
    } catch (IOException | NoArticleException e) {
      err.println(e.getMessage());
      return Main.EXIT_INPUT;
    }
  }

  private int points(Options o) throws UsageException {
    String length = o.value("--length");
    if (length != null && o.value("--points") != null) {
      throw new UsageException("give --points or --length, not both");
    }
    if (length != null) {
      Integer n = LENGTHS.get(length.toLowerCase(Locale.ROOT));
      if (n == null) {
        throw new UsageException("--length must be short, normal or long, not '" + length + "'");
      }
      return n;
    }
    return o.intValue("--points", 1, 10, defaultPoints);
  }

  private String batchLine(String id, JsonNode row, int points) throws IOException {
    String text = BatchFile.text(row, "text");
    if (text == null || text.isBlank()) {
      throw new IOException("no text to summarize");
    }
    Article article = extractor.fromText(text, BatchFile.text(row, "title"), null);
    String lang = BatchFile.text(row, "lang");
    article = article.withLanguage(lang != null && !lang.isBlank() ? lang : LanguageDetector.detect(text));
    return JsonOutput.line(JsonOutput.brief(id, service.summarize(article, points)));
  }
}
