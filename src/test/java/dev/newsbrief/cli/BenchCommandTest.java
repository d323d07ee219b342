package dev.newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench summarize|extract}: the contract's fields, timed on a fake clock, and its usage errors. */
class BenchCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir
  Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  /** Every reading of the clock moves it on by one millisecond: each timed run takes exactly 1 ms. */
  final AtomicLong clock = new AtomicLong();

  int bench(String... args) throws UsageException {
    return new BenchCommand(new InputLoader(Main.MAX_FILE_BYTES), () -> clock.addAndGet(1_000_000),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(List.of(args));
  }

  JsonNode output() throws IOException {
    List<String> lines = out.toString(StandardCharsets.UTF_8).strip().lines().toList();
    assertEquals(1, lines.size(), lines.toString());
    return JSON.readTree(lines.get(0));
  }

  Path texts() throws IOException {
    Path batch = dir.resolve("texts.jsonl");
    Files.writeString(batch, String.join("\n",
        JSON.writeValueAsString(Map.of("id", "en-1", "title", "Battery",
            "text", "The town of Redfield switched on a huge battery on Friday. It stores solar power for the "
                + "evening peak. Critics warned of fire risk at the site. Officials welcomed the new jobs.")),
        "",
        JSON.writeValueAsString(Map.of("id", "zh-1", "lang", "zh",
            "text", "中俄东线天然气管道全线贯通。每年可向长三角地区供应天然气超过180亿立方米。"))), StandardCharsets.UTF_8);
    return batch;
  }

  @Test
  void summarizePrintsArticlesAndTimesPerArticle() throws Exception {
    assertEquals(0, bench("summarize", "--batch", texts().toString(), "--rounds", "3"));

    JsonNode line = output();
    assertEquals(List.of("articles", "meanMs", "medianMs", "p95Ms", "articlesPerSecond"), fieldNames(line));
    assertEquals(2, line.get("articles").asInt());
    assertEquals(1.0, line.get("meanMs").asDouble());
    assertEquals(1.0, line.get("medianMs").asDouble());
    assertEquals(1.0, line.get("p95Ms").asDouble());
    assertEquals(1000.0, line.get("articlesPerSecond").asDouble());
  }

  @Test
  void warmUpRoundIsNotCounted() throws Exception {
    AtomicLong readings = new AtomicLong();
    // the warm-up round (two articles, two readings each) is slow: 100 ms per run; then 1 ms per run
    BenchCommand command = new BenchCommand(new InputLoader(Main.MAX_FILE_BYTES),
        () -> clock.addAndGet(readings.incrementAndGet() <= 4 ? 100_000_000 : 1_000_000),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(0, command.run(List.of("summarize", "--batch", texts().toString())));

    assertEquals(5 * 2 * 2, readings.get(), "five rounds by default");
    assertEquals(1.0, output().get("medianMs").asDouble());
    assertEquals(1.0, output().get("p95Ms").asDouble());
  }

  @Test
  void extractPrintsPagesWithTheSameFieldsNamedForPages() throws Exception {
    Path batch = dir.resolve("pages.jsonl");
    Files.writeString(batch, "{\"id\": \"grid\", \"path\": \"samples/grid-storage.html\", "
        + "\"url\": \"https://ledger.example/story\"}\n");

    assertEquals(0, bench("extract", "--batch", batch.toString(), "--rounds", "2"));

    JsonNode line = output();
    assertEquals(List.of("pages", "meanMs", "medianMs", "p95Ms", "pagesPerSecond"), fieldNames(line));
    assertEquals(1, line.get("pages").asInt());
  }

  @Test
  void unreadableInputsExitThreeNamingTheCause() throws Exception {
    assertEquals(3, bench("summarize", "--batch", dir.resolve("missing.jsonl").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("cannot read batch file"), err.toString());

    Path batch = dir.resolve("bad.jsonl");
    Files.writeString(batch, "{\"id\": \"a\", \"path\": \"" + dir.resolve("nope.html") + "\"}\n");
    assertEquals(3, bench("extract", "--batch", batch.toString()));
  }

  @Test
  void usageErrorsNameWhatIsWrong() {
    assertEquals("bench needs what to time: summarize, extract, match or poll",
        assertThrows(UsageException.class, () -> bench()).getMessage());
    assertEquals("cannot bench 'translate': summarize, extract, match or poll",
        assertThrows(UsageException.class, () -> bench("translate", "--batch", "x.jsonl")).getMessage());
    assertEquals("bench summarize needs --batch FILE",
        assertThrows(UsageException.class, () -> bench("summarize")).getMessage());
    assertEquals("--rounds must be between 2 and 1000, not 1",
        assertThrows(UsageException.class, () -> bench("summarize", "--batch", "x.jsonl", "--rounds", "1"))
            .getMessage());
  }

  @Test
  void benchIsACommandWithHelpAndUsageExitCodes() {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    Main main = new Main(Map.of("NEWSBRIEF_CONFIG", ""), new java.io.ByteArrayInputStream(new byte[0]),
        new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));

    assertEquals(0, main.run(new String[] {"bench", "--help"}));
    assertTrue(stdout.toString(StandardCharsets.UTF_8).startsWith("Usage: newsbrief bench summarize"));
    assertTrue(Main.HELP.contains("bench summarize") && Main.HELP.contains("bench extract"));
    assertEquals(2, main.run(new String[] {"bench", "summarize", "--wat"}));
    assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("Try 'java -jar newsbrief.jar bench --help'"));
  }

  @Test
  void timingsTakeTheMedianOfAnEvenCountAndTheNearestRankP95() {
    long[] nanos = new long[20];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = (i + 1) * 1_000_000L;
    }
    BenchTimings t = BenchTimings.of(4, nanos);
    assertEquals(10.5, t.meanMs(), 1e-9);
    assertEquals(10.5, t.medianMs(), 1e-9);
    assertEquals(19.0, t.p95Ms(), 1e-9);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
