package dev.newsbrief.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbrief.digest.Brief;
import dev.newsbrief.extract.Article;
import dev.newsbrief.extract.Extraction;
import dev.newsbrief.extract.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON contract of {@code extract --json} and {@code summarize --json}: one object per line. */
final class JsonOutput {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonOutput() {
  }

  /** The fields of {@code extract --json}, after {@code id} when given. */
  static Map<String, Object> article(String id, Article a) {
    Map<String, Object> m = start(id);
    m.put("url", a.url());
    m.put("title", a.title());
    m.put("siteName", a.siteName());
    m.put("byline", a.byline());
    m.put("published", a.published());
    m.put("language", a.language());
    m.put("text", a.text());
    m.put("sources", sources(a.sources()));
    m.put("wordCount", a.wordCount());
    return m;
  }

  /**
   * The fields of {@code extract --json} for an extraction: the article's fields, plus {@code "complete": false}
   * when the page showed only a preview (the field is absent for a whole article, so the contract is unchanged).
   */
  static Map<String, Object> article(String id, Extraction x) {
    Map<String, Object> m = article(id, x.article());
    if (!x.complete()) {
      m.put("complete", false);
    }
    return m;
  }

  /** The fields of {@code summarize --json}, after {@code id} when given. */
  static Map<String, Object> brief(String id, Brief b) {
    Map<String, Object> m = start(id);
    m.put("url", b.url());
    m.put("title", b.title());
    m.put("siteName", b.siteName());
    m.put("language", b.language());
    m.put("keyPoints", b.keyPoints());
    m.put("sources", sources(b.sources()));
    m.put("method", b.method());
    m.put("readingMinutes", b.readingMinutes());
    if (!b.complete()) {
      m.put("complete", false);
      m.put("note", b.previewReason());
    }
    return m;
  }

  /** An error line: {@code {"id", "error"}} in batch mode, {@code {"url", "error"}} otherwise. */
  static Map<String, Object> error(String id, String url, String message) {
    Map<String, Object> m = start(id);
    if (id == null) {
      m.put("url", url);
    }
    m.put("error", message);
    return m;
  }

  static String line(Map<String, Object> fields) {
    try {
      return MAPPER.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static Map<String, Object> start(String id) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (id != null) {
      m.put("id", id);
    }
    return m;
  }

  private static List<Map<String, Object>> sources(List<Source> sources) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Source s : sources) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("title", s.title());
      m.put("publisher", s.publisher());
      m.put("date", s.date());
      m.put("url", s.url());
      list.add(m);
    }
    return list;
  }
}
