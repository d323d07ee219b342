package dev.newsbrief.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The built-in feeds of {@code config/feeds.yaml}: read once at start, validated, every problem named. */
public final class FeedList {
  /** One built-in feed. */
  public record Entry(String name, String url, String language) {
  }

  private FeedList() {
  }

  /**
   * The feeds listed in {@code file}; none when the file does not exist.
   *
   * @throws ConfigException naming the file and the entry when it cannot be read or an entry is invalid
   */
  public static List<Entry> read(Path file) {
    if (!Files.exists(file)) {
      return List.of();
    }
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new ConfigException(file + ": not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    JsonNode feeds = root == null ? null : root.get("feeds");
    if (feeds == null || !feeds.isArray()) {
      throw new ConfigException(file + ": expected a list under 'feeds:'");
    }
    List<Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < feeds.size(); i++) {
      JsonNode f = feeds.get(i);
      String where = file + ": feed " + (i + 1);
      String url = text(f, "url");
      if (url == null || !isHttp(url)) {
        throw new ConfigException(where + ": 'url' must be an http(s) URL, got " + url);
      }
      if (!seen.add(url)) {
        throw new ConfigException(where + ": " + url + " is listed twice");
      }
      entries.add(new Entry(text(f, "name"), url, text(f, "language")));
    }
    return List.copyOf(entries);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() ? null : v.asText().strip();
  }

  private static boolean isHttp(String url) {
    try {
      URI uri = new URI(url);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
