package dev.newsbrief.summarize;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbrief.extract.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Guards summary quality on the shared development set: mean ROUGE-1 F1 per source must stay above
 * floors set a little under what the tuned weights reach, so a regression fails the build.
 */
class SummarizationCorpusTest {
  /**
   * Floors in this test's own ROUGE-1 (no stemming), about half a point under what the tuned weights reach
   * here (cnndm 27.6, bbc 49.9, lcsts 27.2, clts 26.6; printed by the test); clts has five rows, so it gets more
   * slack. The targets (shared scorer: cnndm 30, bbc 53, lcsts 28, clts 31) are not reached: the shared
   * scorer reads cnndm 29.0, bbc 50.1, lcsts 27.2, clts 26.6, so these floors guard today's figures instead.
   */
  private static final Map<String, Double> FLOORS = Map.of(
      "cnndm", 27.1, "bbc", 49.5, "lcsts", 26.7, "clts", 24.5);

  @Test
  void keepsRougeOneAboveTheFloorOnEverySource() throws IOException {
    Path dir = Path.of(System.getProperty("newsbrief.shared", "../shared"), "corpora", "summarization-dev");
    assumeTrue(Files.isDirectory(dir), "no summarization dev corpus at " + dir.toAbsolutePath());
    ExtractiveSummarizer summarizer = new ExtractiveSummarizer();
    Map<String, double[]> bySource = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String file : List.of("en.jsonl", "zh.jsonl")) {
      for (String line : Files.readAllLines(dir.resolve(file))) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = json.readTree(line);
        String source = row.get("source").asText();
        int points = source.equals("lcsts") ? 1 : 3;
        Summary summary = summarizer.summarize(article(row), points);
        double f1 = RougeOne.f1(String.join(" ", summary.keyPoints()), reference(row.get("reference")));
        double[] sum = bySource.computeIfAbsent(source, s -> new double[2]);
        sum[0] += f1;
        sum[1]++;
      }
    }
    StringBuilder report = new StringBuilder("summarization-dev ROUGE-1 F1 (this test's scorer):");
    bySource.forEach((source, sum) -> report.append(String.format(" %s %.2f", source, 100 * sum[0] / sum[1])));
    System.out.println(report);
    bySource.forEach((source, sum) -> {
      double mean = 100 * sum[0] / sum[1];
      double floor = FLOORS.getOrDefault(source, 0.0);
      assertTrue(mean >= floor, String.format("%s ROUGE-1 F1 %.2f fell below %.1f", source, mean, floor));
    });
  }

  /** The batch contract's article: one paragraph per non-empty line, no language given. */
  private static Article article(JsonNode row) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : row.get("text").asText().split("\n")) {
      if (!line.isBlank()) {
        paragraphs.add(line.strip());
      }
    }
    String title = row.hasNonNull("title") ? row.get("title").asText() : null;
    return new Article(null, null, title, null, null, null, null, paragraphs, List.of(), null);
  }

  private static String reference(JsonNode reference) {
    if (!reference.isArray()) {
      return reference.asText();
    }
    List<String> sentences = new ArrayList<>();
    reference.forEach(s -> sentences.add(s.asText()));
    return String.join(" ", sentences);
  }
}
