package dev.newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.newsbrief.extract.Article;
import dev.newsbrief.extract.Extraction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonOutputTest {
  private static final Article ARTICLE = new Article("https://x.example/a", null, "Headline", null, null, null,
      "en", List.of("A preview of the story."), List.of(), null);

  @Test
  void previewCarriesCompleteFalse() {
    Map<String, Object> m = JsonOutput.article("7", new Extraction(ARTICLE, false, "only a preview is available"));
    assertEquals(false, m.get("complete"));
    assertEquals("A preview of the story.", m.get("text"));
  }

  @Test
  void wholeArticleKeepsTheContractFieldsOnly() {
    Map<String, Object> whole = JsonOutput.article("7", new Extraction(ARTICLE, true, null));
    assertFalse(whole.containsKey("complete"));
    assertEquals(JsonOutput.article("7", ARTICLE), whole);
  }
}
