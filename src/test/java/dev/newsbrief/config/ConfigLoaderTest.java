package dev.newsbrief.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir
  Path dir;

  @Test
  void shippedFileDocumentsEveryDefaultExactly() throws IOException {
    Properties shipped = new Properties();
    try (Reader r = Files.newBufferedReader(Path.of("config", "newsbrief.properties"), StandardCharsets.UTF_8)) {
      shipped.load(r);
    }
    assertEquals(ConfigLoader.DEFAULTS.keySet(), shipped.stringPropertyNames());
    ConfigLoader.DEFAULTS.forEach((k, v) -> assertEquals(v, shipped.getProperty(k), k));
  }

  @Test
  void defaultsApplyWithoutAFile() {
    Config c = new ConfigLoader(Map.of("NEWSBRIEF_CONFIG", "")).load();
    assertEquals("https://api.telegram.org", c.telegramApiUrl());
    assertEquals(Set.of(80, 443), c.allowedPorts());
    assertEquals(List.of(), c.allowPrivate());
    assertEquals(Duration.ofSeconds(20), c.callTimeout());
    assertEquals(5, c.summaryPoints());
    assertTrue(c.botToken().isEmpty());
  }

  @Test
  void environmentOverridesTheFile() throws IOException {
    Path file = write("telegram.apiUrl=http://file.example:8081\ndata.dir=/from/file\nsummary.points=3\n");
    Config c = new ConfigLoader(Map.of("NEWSBRIEF_CONFIG", file.toString(),
        "TELEGRAM_API_URL", "http://127.0.0.1:9000/", "NEWSBRIEF_ALLOW_PRIVATE", "Intranet.local, 127.0.0.1:8080",
        "TELEGRAM_BOT_TOKEN", "1:abc")).load();
    assertEquals("http://127.0.0.1:9000", c.telegramApiUrl());
    assertEquals(Path.of("/from/file"), c.dataDir());
    assertEquals(3, c.summaryPoints());
    assertEquals(List.of("intranet.local", "127.0.0.1:8080"), c.allowPrivate());
    assertEquals("1:abc", c.botToken().reveal());
  }

  @Test
  void articleLeadMatchingIsOnByDefaultAndSwitchedOffByFileOrEnvironment() throws IOException {
    assertTrue(new ConfigLoader(Map.of("NEWSBRIEF_CONFIG", "")).load().matchArticleLead());
    Path off = write("feeds.matchArticleLead=false\n");
    assertEquals(false, new ConfigLoader(Map.of("NEWSBRIEF_CONFIG", off.toString())).load().matchArticleLead());
    assertEquals(false, new ConfigLoader(Map.of("NEWSBRIEF_CONFIG", "", "NEWSBRIEF_MATCH_ARTICLE_LEAD", " FALSE"))
        .load().matchArticleLead());
    ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of("NEWSBRIEF_CONFIG", "",
        "NEWSBRIEF_MATCH_ARTICLE_LEAD", "no")).load());
    assertEquals("feeds.matchArticleLead=no: must be true or false", e.getMessage());
  }

  @Test
  void unknownKeyFailsNamingIt() throws IOException {
    Path file = write("summary.pionts=3\n");
    ConfigException e = assertThrows(ConfigException.class,
        () -> new ConfigLoader(Map.of("NEWSBRIEF_CONFIG", file.toString())).load());
    assertTrue(e.getMessage().contains("summary.pionts"), e.getMessage());
  }

  @Test
  void badValuesFailNamingKeyAndValue() throws IOException {
    Path file = write("fetch.maxRedirects=lots\n");
    ConfigException e = assertThrows(ConfigException.class,
        () -> new ConfigLoader(Map.of("NEWSBRIEF_CONFIG", file.toString())).load());
    assertEquals("fetch.maxRedirects=lots: not a whole number", e.getMessage());
    Path ports = write("fetch.allowedPorts=80,70000\n");
    assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of("NEWSBRIEF_CONFIG", ports.toString())).load());
  }

  @Test
  void apiUrlMustBeHttpWithoutPath() {
    assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of("NEWSBRIEF_CONFIG", "",
        "TELEGRAM_API_URL", "ftp://x")).load());
    assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of("NEWSBRIEF_CONFIG", "",
        "TELEGRAM_API_URL", "https://proxy.example/telegram")).load());
  }

  @Test
  void namedConfigFileMustExist() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> new ConfigLoader(Map.of("NEWSBRIEF_CONFIG", dir.resolve("missing.properties").toString())).load());
    assertTrue(e.getMessage().contains("no such file"), e.getMessage());
  }

  private Path write(String content) throws IOException {
    Path file = Files.createTempFile(dir, "cfg", ".properties");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
