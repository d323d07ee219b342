package dev.newsbrief.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Reads the config file, then lets the environment override it, and validates every value once.
 * Unknown keys fail too: a typo must not silently fall back to a default.
 */
public final class ConfigLoader {
  /** The config file used when {@code NEWSBRIEF_CONFIG} is not set (optional: defaults apply without it). */
  public static final Path DEFAULT_FILE = Path.of("config", "newsbrief.properties");

  /** Every key with its default, in the order the shipped file documents them. */
  static final Map<String, String> DEFAULTS = defaults();

  /** Environment variables and the keys they override. */
  static final Map<String, String> ENV_KEYS = Map.of(
      "TELEGRAM_API_URL", "telegram.apiUrl",
      "NEWSBRIEF_DATA_DIR", "data.dir",
      "NEWSBRIEF_ALLOW_PRIVATE", "fetch.allowPrivate",
      "NEWSBRIEF_FEEDS_FILE", "feeds.file",
      "NEWSBRIEF_MATCH_ARTICLE_LEAD", "feeds.matchArticleLead");

  private final Map<String, String> env;

  public ConfigLoader(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /**
   * Loads {@code NEWSBRIEF_CONFIG} (or {@link #DEFAULT_FILE} when present) and the environment.
   *
   * @throws ConfigException naming the bad key and value, or the unreadable file
   */
  public Config load() {
    Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
    String named = env.get("NEWSBRIEF_CONFIG");
    Path file = named != null && !named.isBlank() ? Path.of(named) : DEFAULT_FILE;
    if (Files.exists(file)) {
      values.putAll(readFile(file));
    } else if (named != null && !named.isBlank()) {
      throw new ConfigException("NEWSBRIEF_CONFIG=" + named + ": no such file");
    }
    ENV_KEYS.forEach((variable, key) -> {
      String value = env.get(variable);
      if (value != null) {
        values.put(key, value);
      }
    });
    return build(values, new Secret(env.get("TELEGRAM_BOT_TOKEN")));
  }

  private static Map<String, String> readFile(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read (" + e.getMessage() + ")");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (!DEFAULTS.containsKey(key)) {
        throw new ConfigException(file + ": unknown setting '" + key + "'; known: " + DEFAULTS.keySet());
      }
      values.put(key, properties.getProperty(key).strip());
    }
    return values;
  }

  private static Config build(Map<String, String> v, Secret token) {
    return new Config(
        token,
        apiUrl(v.get("telegram.apiUrl")),
        Path.of(nonBlank(v, "data.dir")),
        list(v.get("fetch.allowPrivate")),
        ports(v.get("fetch.allowedPorts")),
        Duration.ofSeconds(integer(v, "fetch.connectTimeoutSeconds", 1, 300)),
        Duration.ofSeconds(integer(v, "fetch.callTimeoutSeconds", 1, 600)),
        longValue(v, "fetch.maxBodyBytes", 1024, 512L * 1024 * 1024),
        integer(v, "fetch.maxRedirects", 0, 20),
        integer(v, "cache.maxEntries", 0, 1_000_000),
        Duration.ofMinutes(integer(v, "cache.ttlMinutes", 1, 7 * 24 * 60)),
        integer(v, "summary.points", 1, 10),
        integer(v, "bot.workers", 1, 64),
        integer(v, "bot.queueSize", 1, 100_000),
        integer(v, "bot.maxLinksPerMessage", 1, 10),
        integer(v, "bot.summariesPerUserPerMinute", 1, 1000),
        ids(v, "bot.allowedIds"),
        ids(v, "bot.adminIds"),
        Path.of(nonBlank(v, "feeds.file")),
        integer(v, "feeds.pollThreads", 1, 32),
        Duration.ofHours(integer(v, "feeds.maxItemAgeHours", 1, 24 * 30)),
        bool(v, "feeds.matchArticleLead"),
        searchTemplate(v.get("feeds.searchTemplate")),
        integer(v, "alerts.maxTopicsPerChat", 1, 1000),
        integer(v, "alerts.maxFeedsPerChat", 0, 1000));
  }

  /** Empty, or an http(s) URL with one {@code {query}} where the topic goes. */
  static String searchTemplate(String value) {
    String t = value.strip();
    if (t.isEmpty()) {
      return t;
    }
    if (!t.contains("{query}") || !(t.startsWith("https://") || t.startsWith("http://"))) {
      throw new ConfigException("feeds.searchTemplate=" + value
          + ": must be an http(s) feed URL containing {query}, e.g. https://news.example.com/rss/search?q={query}");
    }
    return t;
  }

  /** The Bot API URL without a trailing slash; TelegramBots addresses it by scheme, host and port only. */
  static String apiUrl(String value) {
    String trimmed = value.strip().replaceAll("/+$", "");
    try {
      URI uri = new URI(trimmed);
      boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      if (!http || uri.getHost() == null) {
        throw new ConfigException("telegram.apiUrl=" + value + ": must be an http(s) URL such as https://api.telegram.org");
      }
      if (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
        throw new ConfigException("telegram.apiUrl=" + value + ": give scheme, host and port only, no path");
      }
      return trimmed;
    } catch (URISyntaxException e) {
      throw new ConfigException("telegram.apiUrl=" + value + ": not a URL");
    }
  }

  private static List<String> list(String value) {
    List<String> items = new ArrayList<>();
    for (String item : value.split(",")) {
      if (!item.isBlank()) {
        items.add(item.strip().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return items;
  }

  private static Set<Integer> ports(String value) {
    Set<Integer> ports = new LinkedHashSet<>();
    for (String item : list(value)) {
      long port = parseInt("fetch.allowedPorts", item);
      if (port < 1 || port > 65535) {
        throw new ConfigException("fetch.allowedPorts=" + value + ": " + item + " is not a port");
      }
      ports.add((int) port);
    }
    return ports;
  }

  private static Set<Long> ids(Map<String, String> v, String key) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String item : list(v.get(key))) {
      ids.add(parseInt(key, item));
    }
    return ids;
  }

  private static String nonBlank(Map<String, String> v, String key) {
    String value = v.get(key);
    if (value == null || value.isBlank()) {
      throw new ConfigException(key + " must not be empty");
    }
    return value;
  }

  private static boolean bool(Map<String, String> v, String key) {
    return switch (v.get(key).strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new ConfigException(key + "=" + v.get(key) + ": must be true or false");
    };
  }

  private static int integer(Map<String, String> v, String key, int min, int max) {
    return (int) longValue(v, key, min, max);
  }

  private static long longValue(Map<String, String> v, String key, long min, long max) {
    long value = parseInt(key, v.get(key));
    if (value < min || value > max) {
      throw new ConfigException(key + "=" + v.get(key) + ": must be between " + min + " and " + max);
    }
    return value;
  }

  private static long parseInt(String key, String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new ConfigException(key + "=" + value + ": not a whole number");
    }
  }

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("telegram.apiUrl", "https://api.telegram.org");
    d.put("data.dir", "./data");
    d.put("fetch.allowPrivate", "");
    d.put("fetch.allowedPorts", "80,443");
    d.put("fetch.connectTimeoutSeconds", "10");
    d.put("fetch.callTimeoutSeconds", "20");
    d.put("fetch.maxBodyBytes", "5242880");
    d.put("fetch.maxRedirects", "5");
    d.put("cache.maxEntries", "1000");
    d.put("cache.ttlMinutes", "60");
    d.put("summary.points", "5");
    d.put("bot.workers", "4");
    d.put("bot.queueSize", "100");
    d.put("bot.maxLinksPerMessage", "3");
    d.put("bot.summariesPerUserPerMinute", "10");
    d.put("bot.allowedIds", "");
    d.put("bot.adminIds", "");
    d.put("feeds.file", "config/feeds.yaml");
    d.put("feeds.pollThreads", "4");
    d.put("feeds.maxItemAgeHours", "48");
    d.put("feeds.matchArticleLead", "true");
    d.put("feeds.searchTemplate", "");
    d.put("alerts.maxTopicsPerChat", "50");
    d.put("alerts.maxFeedsPerChat", "30");
    return java.util.Collections.unmodifiableMap(d);
  }
}
