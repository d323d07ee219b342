package dev.newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbrief.config.Config;
import dev.newsbrief.config.ConfigLoader;
import dev.newsbrief.testing.FakeTelegram;
import dev.newsbrief.testing.LogCapture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The bot token never appears in log output or in what the program prints, even on failures. */
class TokenRedactionTest {
  @org.junit.jupiter.api.io.TempDir
  java.nio.file.Path dir;
  static final String TOKEN = "987654321:AAH-secret_Token-value";

  @Test
  void tokenInLoggedMessagesAndExceptionsIsMasked() {
    new ConfigLoader(Map.of("TELEGRAM_BOT_TOKEN", TOKEN)).load();
    try (LogCapture logs = new LogCapture()) {
      LoggerFactory.getLogger("test").warn("calling https://api.telegram.org/bot{}/getUpdates", TOKEN,
          new IOException("failed: https://api.telegram.org/bot" + TOKEN.replace(":", "%3A") + "/sendMessage"));

      String text = logs.text();
      assertTrue(text.contains("bot<redacted>/getUpdates") && text.contains("bot<redacted>/sendMessage"), text);
      assertFalse(text.contains(TOKEN) || text.contains("AAH-secret"), text);
    }
  }

  @Test
  void configNeverPrintsTheToken() {
    Config config = new ConfigLoader(Map.of("TELEGRAM_BOT_TOKEN", TOKEN)).load();
    assertFalse(config.toString().contains("AAH-secret"), config.toString());
  }

  @Test
  void failingBotApiLeavesNoTokenInLogs() throws Exception {
    try (FakeTelegram telegram = new FakeTelegram(TOKEN); LogCapture logs = new LogCapture()) {
      telegram.failNextGetUpdates(2);
      Config config = new ConfigLoader(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", telegram.apiUrl(),
          "NEWSBRIEF_ALLOW_PRIVATE", "", "NEWSBRIEF_DATA_DIR", dir.toString(),
          "NEWSBRIEF_FEEDS_FILE", dir.resolve("no-feeds.yaml").toString())).load();
      try (BotCommand.Running bot = BotCommand.start(config)) {
        telegram.userSends(5, "/help");
        telegram.awaitMessage(5, t -> t.contains("/sum"), Duration.ofSeconds(20));
      }
      assertTrue(logs.text().contains("GetUpdates"), "the failures were logged: " + logs.text());
      assertFalse(logs.text().contains("AAH-secret"), logs.text());
    }
  }

  @Test
  void rejectedTokenIsReportedWithoutEchoingIt() throws Exception {
    try (FakeTelegram telegram = new FakeTelegram("111:other"); LogCapture logs = new LogCapture()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Main main = new Main(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", telegram.apiUrl(),
          "NEWSBRIEF_DATA_DIR", dir.toString(), "NEWSBRIEF_FEEDS_FILE", dir.resolve("no-feeds.yaml").toString()),
          new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));

      int code = main.run(new String[] {"bot"});

      String printed = err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8) + logs.text();
      assertEquals(Main.EXIT_INPUT, code);
      assertTrue(printed.contains("cannot start"), printed);
      assertFalse(printed.contains("AAH-secret"), printed);
    }
  }
}
