package dev.newsbrief.summarize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Function words per language, read once from the bundled lists; immutable, so thread-safe. */
final class StopWords {
  private static final Map<String, Set<String>> BY_LANGUAGE = load("en", "ru", "de", "fr", "es", "zh");
  /** Text whose language is unknown still mixes in English, the commonest second language in news. */
  private static final Set<String> FALLBACK = BY_LANGUAGE.get("en");

  private StopWords() {
  }

  /** The stop words of {@code language} (a primary tag), English ones when there is no list. */
  static Set<String> of(String language) {
    return language == null ? FALLBACK : BY_LANGUAGE.getOrDefault(language, FALLBACK);
  }

  private static Map<String, Set<String>> load(String... languages) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String language : languages) {
      out.put(language, Set.copyOf(read("stopwords-" + language + ".txt")));
    }
    // Foreign words quoted in an article are usually English: "Reuters said that ..." inside a German text.
    for (String language : languages) {
      if (!language.equals("en")) {
        Set<String> merged = new HashSet<>(out.get(language));
        merged.addAll(out.get("en"));
        out.put(language, Set.copyOf(merged));
      }
    }
    return Map.copyOf(out);
  }

  private static Set<String> read(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int hash = line.indexOf('#');
        String content = hash >= 0 ? line.substring(0, hash) : line;
        for (String word : content.trim().split("\\s+")) {
          if (!word.isEmpty()) {
            words.add(word);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
