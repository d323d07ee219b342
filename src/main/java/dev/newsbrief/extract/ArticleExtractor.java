package dev.newsbrief.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Extracts the article from a page's HTML. Pure and thread-safe. */
public final class ArticleExtractor {

  /**
   * Extracts the article from {@code html}.
   *
   * @param baseUrl the page's address, used to resolve relative links; may be null
   * @return the article; its paragraphs are empty when the page holds no readable text
   */
  public Article extract(String html, String baseUrl) {
    Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    List<String> paragraphs = new ArrayList<>();
    for (Element p : doc.select("p")) {
      String text = p.text().strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    String text = String.join("\n", paragraphs);
    return new Article(baseUrl, null, doc.title(), null, null, null, LanguageDetector.detect(text),
        paragraphs, List.of(), null);
  }

  /**
   * An article from plain text: paragraphs are blank-line separated blocks, or lines when the text has no
   * blank lines.
   */
  public Article fromText(String text, String title, String url) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    String[] blocks = normalized.contains("\n\n") ? normalized.split("\n\\s*\n") : normalized.split("\n");
    List<String> paragraphs = new ArrayList<>();
    for (String block : blocks) {
      String p = block.replaceAll("\\s*\n\\s*", " ").strip();
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    return new Article(url, null, title, null, null, null, LanguageDetector.detect(normalized), paragraphs,
        List.of(), null);
  }
}
