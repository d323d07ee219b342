package dev.newsbrief.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the article object out of a page's JSON-LD blocks. */
final class JsonLdReader {
  // Publishers' JSON-LD often carries raw newlines and tabs inside strings.
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();

  /** The article facts found in JSON-LD; fields are null when absent. */
  record Facts(String headline, String published, String author, String publisher, String body, String image) {
    static final Facts NONE = new Facts(null, null, null, null, null, null);
  }

  private JsonLdReader() {
  }

  static Facts read(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        collect(MAPPER.readTree(script.data()), objects, 0);
      } catch (Exception malformed) {
        // a broken block is the publisher's problem; the rest of the page still counts
      }
    }
    JsonNode best = null;
    int bestRank = 0;
    for (JsonNode node : objects) {
      int rank = rank(node);
      if (rank > bestRank) {
        best = node;
        bestRank = rank;
      }
    }
    if (best == null) {
      return Facts.NONE;
    }
    return new Facts(
        string(best.get("headline")),
        string(best.get("datePublished")),
        name(best.get("author")),
        name(best.get("publisher")),
        string(best.get("articleBody")),
        url(best.get("image")));
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      node.forEach(child -> collect(child, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out, depth + 1);
      collect(node.get("mainEntity"), out, depth + 1);
    }
  }

  private static int rank(JsonNode node) {
    String type = node.path("@type").toString().toLowerCase(Locale.ROOT);
    if (node.has("articleBody")) {
      return 4;
    }
    if (type.contains("article") || type.contains("posting") || type.contains("report")) {
      return 3;
    }
    if (node.has("headline")) {
      return 2;
    }
    return type.contains("webpage") && node.has("datePublished") ? 1 : 0;
  }

  private static String string(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : string(node.get(0));
    }
    String text = node.isValueNode() ? node.asText() : null;
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String name(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      List<String> names = new ArrayList<>();
      node.forEach(child -> {
        String one = name(child);
        if (one != null && !names.contains(one)) {
          names.add(one);
        }
      });
      return names.isEmpty() ? null : String.join(", ", names);
    }
    return node.isObject() ? string(node.get("name")) : string(node);
  }

  private static String url(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : url(node.get(0));
    }
    return node.isObject() ? string(node.get("url")) : string(node);
  }
}
