package dev.newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user and the scorers call it: output, JSON fields, exit codes. */
class MainTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir
  Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int runWithInput(String stdin, String... args) {
    Main main = new Main(Map.of("NEWSBRIEF_CONFIG", ""), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return main.run(args);
  }

  int run(String... args) {
    return runWithInput("", args);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  List<JsonNode> jsonLines() throws IOException {
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String line : out().split("\n")) {
      if (!line.isBlank()) {
        lines.add(JSON.readTree(line));
      }
    }
    return lines;
  }

  @Test
  void summarizesTheSampleForAPerson() {
    assertEquals(0, run("summarize", "samples/grid-storage.html"));
    assertTrue(out().startsWith("Desert town switches on the country's largest battery\n"), out());
    assertTrue(out().contains("  • "), out());
  }

  @Test
  void summarizeJsonHasTheContractFields() throws IOException {
    assertEquals(0, run("summarize", "--json", "--points", "3", "samples/zh-gas.html"));
    JsonNode j = jsonLines().get(0);
    assertEquals(List.of("url", "title", "siteName", "language", "keyPoints", "sources", "method", "readingMinutes"),
        iteratorToList(j.fieldNames()));
    assertEquals("extractive", j.get("method").asText());
    assertEquals("zh", j.get("language").asText());
    assertTrue(j.get("keyPoints").size() >= 1 && j.get("keyPoints").size() <= 3, j.toString());
  }

  @Test
  void extractJsonPrintsALinePerInputAndAnErrorLineForAFailingOne() throws IOException {
    assertEquals(0, run("extract", "--json", "samples/grid-storage.html", dir.resolve("missing.html").toString()));
    List<JsonNode> lines = jsonLines();
    assertEquals(2, lines.size());
    assertEquals(List.of("url", "title", "siteName", "byline", "published", "language", "text", "sources", "wordCount"),
        iteratorToList(lines.get(0).fieldNames()));
    assertTrue(lines.get(0).get("text").asText().contains("\n\n"), "paragraphs separated by a blank line");
    assertTrue(lines.get(1).get("error").asText().startsWith("no such file"), lines.get(1).toString());
  }

  @Test
  void exitsThreeWithOneHumanLineWhenEveryInputFails() {
    assertEquals(3, run("summarize", dir.resolve("nope.html").toString()));
    assertEquals(1, err().strip().lines().count(), err());
    assertTrue(err().startsWith("no such file: "), err());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run());
    assertEquals(2, run("frobnicate"));
    assertEquals(2, run("summarize", "--points", "0", "samples/grid-storage.html"));
    assertEquals(2, run("summarize", "--wat", "x"));
    assertEquals(2, run("extract", "--batch", "x.jsonl"));
    assertTrue(err().contains("--points must be between 1 and 10"), err());
  }

  @Test
  void helpIsThereForTheProgramAndEachCommand() {
    assertEquals(0, run("--help"));
    for (String command : List.of("summarize", "extract", "bot", "console")) {
      out.reset();
      assertEquals(0, run(command, "--help"));
      assertTrue(out().startsWith("Usage: newsbrief " + command), out());
    }
  }

  @Test
  void extractBatchKeepsInputOrderAndIdsAndReadsGzip() throws IOException {
    Path gz = dir.resolve("page.html.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(Files.readAllBytes(Path.of("samples/grid-storage.html")));
    }
    Path batch = dir.resolve("batch.jsonl");
    Files.writeString(batch, String.join("\n",
        "{\"id\": \"b\", \"path\": \"" + gz + "\", \"url\": \"https://ledger.example/story\"}",
        "{\"id\": \"a\", \"path\": \"" + dir.resolve("missing.html") + "\"}",
        "not json",
        "{\"id\": \"c\", \"path\": \"samples/zh-gas.html\"}"));

    assertEquals(0, run("extract", "--json", "--batch", batch.toString()));

    List<JsonNode> lines = jsonLines();
    assertEquals(List.of("b", "a", "3", "c"), lines.stream().map(l -> l.get("id").asText()).toList());
    assertEquals("https://ledger.example/story", lines.get(0).get("url").asText());
    assertTrue(lines.get(1).has("error") && lines.get(2).has("error"));
    assertTrue(lines.get(3).get("text").asText().contains("天然气"));
  }

  @Test
  void summarizeBatchTakesTextTitleAndLanguage() throws IOException {
    Path batch = dir.resolve("texts.jsonl");
    Files.writeString(batch, String.join("\n",
        JSON.writeValueAsString(Map.of("id", "en-1", "title", "Battery",
            "text", "The town of Redfield switched on a huge battery on Friday.\nIt stores solar power for the "
                + "evening peak.\nCritics warned of fire risk at the site.\nOfficials welcomed the new jobs.")),
        JSON.writeValueAsString(Map.of("id", "zh-1", "lang", "zh",
            "text", "中俄东线天然气管道全线贯通。每年可向长三角地区供应天然气超过180亿立方米。专家认为这将提升供应稳定性。")),
        JSON.writeValueAsString(Map.of("id", "empty", "text", " "))), StandardCharsets.UTF_8);

    assertEquals(0, run("summarize", "--json", "--batch", batch.toString(), "--points", "2"));

    List<JsonNode> lines = jsonLines();
    assertEquals(3, lines.size());
    assertEquals("en-1", lines.get(0).get("id").asText());
    assertEquals("en", lines.get(0).get("language").asText());
    assertTrue(lines.get(0).get("keyPoints").size() <= 2);
    assertEquals("zh", lines.get(1).get("language").asText());
    assertTrue(lines.get(1).get("keyPoints").get(0).asText().contains("天然气"));
    assertEquals("no text to summarize", lines.get(2).get("error").asText());
  }

  @Test
  void consoleAnswersLikeTheBot() {
    assertEquals(0, runWithInput("/help\nhello\n/quit\n", "console"));
    assertTrue(out().contains("/sum"), out());
    assertTrue(out().contains("Send me a link to an article"), out());
  }

  @Test
  void aPaywalledPageIsAPreviewInJsonAndForAPerson() throws IOException {
    assertEquals(0, run("extract", "--json", "src/test/resources/sites/paywalled.html"));
    JsonNode j = jsonLines().get(0);
    assertEquals(false, j.get("complete").asBoolean(true), j.toString());
    out.reset();
    assertEquals(0, run("summarize", "--json", "src/test/resources/sites/paywalled.html"));
    JsonNode s = jsonLines().get(0);
    assertEquals(false, s.get("complete").asBoolean(true), s.toString());
    assertTrue(s.get("note").asText().startsWith("only a preview is available"), s.toString());
    out.reset();
    assertEquals(0, run("summarize", "src/test/resources/sites/paywalled.html"));
    assertTrue(out().contains("Note: only a preview is available"), out());
  }

  static List<String> iteratorToList(java.util.Iterator<String> it) {
    List<String> list = new java.util.ArrayList<>();
    it.forEachRemaining(list::add);
    return list;
  }
}
