package dev.newsbrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbrief.extract.Article;
import dev.newsbrief.extract.ArticleExtractor;
import dev.newsbrief.fetch.FetchedPage;
import dev.newsbrief.summarize.ExtractiveSummarizer;
import dev.newsbrief.summarize.Summarizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * {@code bench summarize|extract --batch FILE [--rounds N]}: times one stage per input on one thread. Inputs
 * are read and parsed up front, so only the stage itself is on the clock. {@code bench match} is
 * {@link BenchMatchCommand}.
 */
final class BenchCommand {
  static final String HELP = """
      Usage: newsbrief bench summarize --batch FILE [--rounds N]
             newsbrief bench extract --batch FILE [--rounds N]
             newsbrief bench match [--subscriptions N] [--chats C] [--items M] [--rounds N]
             newsbrief bench poll [--feeds N] [--items K] [--threads T] [--subscriptions S]

      Times one pipeline stage per input, on one thread, and prints one JSON line.
      Inputs are loaded and parsed before the clock starts; the first round warms the JVM up and is not counted.

        summarize      FILE holds JSON lines {"id", "text", "title"?, "lang"?} (the summarize batch format);
                       times the extractive summarizer (5 points, the default) on each text.
                       Prints {articles, meanMs, medianMs, p95Ms, articlesPerSecond}.
        extract        FILE holds JSON lines {"id", "path", "url"?} (the extract batch format);
                       times the article extractor on each page.
                       Prints {pages, meanMs, medianMs, p95Ms, pagesPerSecond}.
      """ + BenchMatchCommand.HELP + BenchPollCommand.HELP + """
        --batch FILE   the inputs
        --rounds N     passes over all inputs, the warm-up included (2-1000; default 5)

      Exit codes: 0 success; 2 usage error; 3 the batch file or an input in it could not be read.
      """;

  static final int DEFAULT_ROUNDS = 5;

  /** What a sub-verb times: the unit its output counts, and one task per input, ready to run. */
  private record Workload(String unit, List<Supplier<Object>> tasks) {
  }

  private final InputLoader loader;
  private final LongSupplier nanoTime;
  private final PrintStream out;
  private final PrintStream err;
  /** Keeps every result reachable, so the JIT cannot drop the work being timed. */
  private int sink;

  BenchCommand(InputLoader loader, LongSupplier nanoTime, PrintStream out, PrintStream err) {
    this.loader = loader;
    this.nanoTime = nanoTime;
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) throws UsageException {
    if (args.isEmpty() || args.get(0).startsWith("-")) {
      throw new UsageException("bench needs what to time: summarize, extract, match or poll");
    }
    String stage = args.get(0);
    if (stage.equals("match")) {
      return new BenchMatchCommand(nanoTime, out).run(args.subList(1, args.size()));
    }
    if (stage.equals("poll")) {
      try {
        return new BenchPollCommand(nanoTime, out).run(args.subList(1, args.size()));
      } catch (IOException e) {
        err.println("bench poll: " + e.getMessage());
        return Main.EXIT_INPUT;
      }
    }
    Options o = Options.parse(args.subList(1, args.size()), Set.of(), Set.of("--batch", "--rounds"));
    if (o.value("--batch") == null) {
      throw new UsageException("bench " + stage + " needs --batch FILE");
    }
    if (!o.positional().isEmpty()) {
      throw new UsageException("unexpected argument '" + o.positional().get(0) + "'");
    }
    int rounds = o.intValue("--rounds", 2, 1000, DEFAULT_ROUNDS);
    Path file = Path.of(o.value("--batch"));
    Workload workload;
    try {
      workload = switch (stage) {
        case "summarize" -> summarizeWorkload(rows(file));
        case "extract" -> extractWorkload(rows(file));
        default -> throw new UsageException("cannot bench '" + stage + "': summarize, extract, match or poll");
      };
    } catch (IOException e) {
      err.println(e.getMessage());
      return Main.EXIT_INPUT;
    }
    BenchTimings timings = BenchTimings.of(workload.tasks().size(), time(workload.tasks(), rounds));
    out.println(JsonOutput.line(timings.fields(workload.unit())));
    return Main.EXIT_OK;
  }

  /** Runs every task {@code rounds} times; the nanoseconds of each run after the first round. */
  private long[] time(List<Supplier<Object>> tasks, int rounds) {
    long[] nanos = new long[tasks.size() * (rounds - 1)];
    int k = 0;
    for (int round = 0; round < rounds; round++) {
      for (Supplier<Object> task : tasks) {
        long start = nanoTime.getAsLong();
        Object result = task.get();
        long elapsed = nanoTime.getAsLong() - start;
        sink += System.identityHashCode(result);
        if (round > 0) {
          nanos[k++] = elapsed;
        }
      }
    }
    return nanos;
  }

  /** Articles built as {@code summarize --batch} builds them; the summarizer alone is timed. */
  private static Workload summarizeWorkload(List<JsonNode> rows) throws IOException {
    ArticleExtractor extractor = new ArticleExtractor();
    Summarizer summarizer = new ExtractiveSummarizer();
    List<Supplier<Object>> tasks = new ArrayList<>();
    for (JsonNode row : rows) {
      String text = BatchFile.text(row, "text");
      if (text == null || text.isBlank()) {
        throw new IOException("input " + id(row) + ": no text to summarize");
      }
      Article parsed = extractor.fromText(text, BatchFile.text(row, "title"), null);
      String lang = BatchFile.text(row, "lang");
      Article article = lang != null && !lang.isBlank() ? parsed.withLanguage(lang) : parsed;
      tasks.add(() -> summarizer.summarize(article, Summarizer.DEFAULT_POINTS));
    }
    return new Workload("articles", tasks);
  }

  /** Pages read with the same loader as {@code extract --batch}; the extractor alone is timed. */
  private Workload extractWorkload(List<JsonNode> rows) throws IOException {
    ArticleExtractor extractor = new ArticleExtractor();
    List<Supplier<Object>> tasks = new ArrayList<>();
    for (JsonNode row : rows) {
      String path = BatchFile.text(row, "path");
      if (path == null) {
        throw new IOException("input " + id(row) + ": missing \"path\"");
      }
      FetchedPage page = loader.load(Path.of(path), BatchFile.text(row, "url"));
      tasks.add(page.isHtml()
          ? () -> extractor.extract(page.body(), page.url())
          : () -> extractor.fromText(page.body(), null, page.url()));
    }
    return new Workload("pages", tasks);
  }

  private static List<JsonNode> rows(Path file) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IOException("cannot read batch file " + file + ": " + e.getMessage(), e);
    }
    List<JsonNode> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        try {
          rows.add(JsonOutput.MAPPER.readTree(lines.get(i)));
        } catch (IOException e) {
          throw new IOException(file + " line " + (i + 1) + ": not a JSON object", e);
        }
      }
    }
    if (rows.isEmpty()) {
      throw new IOException("no inputs in " + file);
    }
    return rows;
  }

  private static String id(JsonNode row) {
    return row.hasNonNull("id") ? row.get("id").asText() : "without id";
  }
}
