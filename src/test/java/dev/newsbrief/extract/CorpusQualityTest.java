package dev.newsbrief.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Guards extraction quality on the shared dev corpora: mean per-page bag-of-tokens F1 against the hand-made
 * article bodies must stay above a floor a little below what the extractor reaches today.
 */
class CorpusQualityTest {
  private static final Path SHARED = Path.of(System.getProperty("newsbrief.shared", "../shared"));
  // One token per Han or kana character, otherwise runs of word characters, as the project's scorer does.
  private static final Pattern TOKEN = Pattern.compile(
      "[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]|(?:(?![\\u3040-\\u30ff\\u3400-\\u4dbf"
          + "\\u4e00-\\u9fff\\uf900-\\ufaff])\\w)+", Pattern.UNICODE_CHARACTER_CLASS);

  private final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void englishDevCorpusStaysAboveTheFloor() throws IOException {
    assertAbove("extraction-dev", 0.98);
  }

  @Test
  void chineseDevCorpusStaysAboveTheFloor() throws IOException {
    assertAbove("extraction-dev-zh", 0.945);
  }

  private void assertAbove(String name, double floor) throws IOException {
    Path corpus = SHARED.resolve("corpora").resolve(name);
    assumeTrue(Files.isRegularFile(corpus.resolve("ground-truth.json")),
        "corpus " + corpus.toAbsolutePath() + " is absent; skipping the quality floor");
    JsonNode truth = new ObjectMapper().readTree(corpus.resolve("ground-truth.json").toFile());
    double sum = 0;
    int pages = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String html = page(corpus, entry.getKey());
      if (html == null) {
        continue;
      }
      JsonNode url = entry.getValue().get("url");
      Article article = extractor.extract(html, url == null || url.isNull() ? null : url.asText());
      sum += f1(entry.getValue().path("articleBody").asText(""), article.text());
      pages++;
    }
    assumeTrue(pages > 0, "no pages in " + corpus);
    double mean = sum / pages;
    System.out.printf("%s: mean token F1 %.4f over %d pages (floor %.3f)%n", name, mean, pages, floor);
    assertTrue(mean >= floor, name + " token F1 " + mean + " fell below " + floor);
  }

  /** The page as served: original bytes (UTF-8 if valid, else GB18030) where kept, else the gzipped UTF-8 copy. */
  private static String page(Path corpus, String id) throws IOException {
    Path orig = corpus.resolve("orig").resolve(id + ".html");
    if (Files.isRegularFile(orig)) {
      return decode(Files.readAllBytes(orig));
    }
    Path gz = corpus.resolve("html").resolve(id + ".html.gz");
    if (Files.isRegularFile(gz)) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(gz)))) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    Path plain = corpus.resolve("html").resolve(id + ".html");
    return Files.isRegularFile(plain) ? Files.readString(plain) : null;
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, Charset.forName("GB18030"));
    }
  }

  private static double f1(String truth, String predicted) {
    Map<String, Integer> expected = tokens(truth);
    Map<String, Integer> actual = tokens(predicted);
    int expectedCount = expected.values().stream().mapToInt(Integer::intValue).sum();
    int actualCount = actual.values().stream().mapToInt(Integer::intValue).sum();
    if (expectedCount == 0 || actualCount == 0) {
      return expectedCount == actualCount ? 1 : 0;
    }
    int common = 0;
    for (Map.Entry<String, Integer> e : actual.entrySet()) {
      common += Math.min(e.getValue(), expected.getOrDefault(e.getKey(), 0));
    }
    double precision = (double) common / actualCount;
    double recall = (double) common / expectedCount;
    return common == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static Map<String, Integer> tokens(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
    }
    return counts;
  }
}
