package dev.newsbrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbrief.digest.BriefService;
import dev.newsbrief.digest.NoArticleException;
import dev.newsbrief.extract.Extraction;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code extract [--json] <url-or-file>...} and {@code extract --json --batch FILE}. */
final class ExtractCommand {
  static final String HELP = """
      Usage: newsbrief extract [--json] <url-or-file>...
             newsbrief extract --json --batch FILE

      Prints each article's main text and metadata (title, site, byline, date, language, sources).
      A file is HTML when its name ends in .html/.htm (or .html.gz) or it starts with '<'; otherwise plain text.

        --json         one JSON object per input per line, in input order:
                       {url, title, siteName, byline, published, language, text, sources, wordCount},
                       plus "complete": false when the page showed only a preview (login wall, paywall);
                       a failing input prints {url, error}
        --batch FILE   FILE holds JSON lines {"id", "path", "url"?}; url is the page's original address,
                       used as its base URL and never fetched. Prints {id, ...fields} or {id, error} per line.

      Exit codes: 0 success; 2 usage error; 3 every input failed (one line on stderr names the cause).
      """;

  private final BriefService service;
  private final InputLoader loader;
  private final PrintStream out;
  private final PrintStream err;

  ExtractCommand(BriefService service, InputLoader loader, PrintStream out, PrintStream err) {
    this.service = service;
    this.loader = loader;
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) throws UsageException {
    Options o = Options.parse(args, Set.of("--json"), Set.of("--batch"));
    if (o.value("--batch") != null) {
      if (!o.has("--json")) {
        throw new UsageException("--batch needs --json");
      }
      if (!o.positional().isEmpty()) {
        throw new UsageException("give either --batch FILE or inputs, not both");
      }
      return BatchFile.run(Path.of(o.value("--batch")), out, err, this::batchLine);
    }
    if (o.positional().isEmpty()) {
      throw new UsageException("extract needs at least one URL or file");
    }
    int failures = 0;
    for (String input : o.positional()) {
      try {
        Extraction extraction = read(input, null);
        out.println(o.has("--json") ? JsonOutput.line(JsonOutput.article(null, extraction))
            : TerminalOutput.article(extraction));
      } catch (IOException | NoArticleException e) {
        failures++;
        err.println(e.getMessage());
        if (o.has("--json")) {
          out.println(JsonOutput.line(JsonOutput.error(null, input, e.getMessage())));
        }
      }
    }
    return failures == o.positional().size() ? Main.EXIT_INPUT : Main.EXIT_OK;
  }

  private String batchLine(String id, JsonNode row) throws IOException, NoArticleException {
    String path = BatchFile.text(row, "path");
    if (path == null) {
      throw new IOException("missing \"path\"");
    }
    return JsonOutput.line(JsonOutput.article(id, read(path, BatchFile.text(row, "url"))));
  }

  /** A URL is fetched (through the cache); a file is read with {@code baseUrl} as its address. */
  private Extraction read(String input, String baseUrl) throws IOException, NoArticleException {
    if (InputLoader.isUrl(input)) {
      return service.extractionAt(input);
    }
    return service.extraction(loader.load(Path.of(input), baseUrl));
  }
}
