package dev.newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbrief.testing.FakeTelegram;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot as its own process, the way an operator runs it: starts, answers, and stops on SIGTERM in time. */
class BotProcessTest {
  static final String TOKEN = "555:process-test-token";

  @TempDir
  Path dir;

  @Test
  void answersThenStopsWithinTenSecondsOfSigterm() throws Exception {
    try (FakeTelegram telegram = new FakeTelegram(TOKEN)) {
      Path log = dir.resolve("bot.log");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
          Main.class.getName(), "bot"))
          .redirectErrorStream(true)
          .redirectOutput(log.toFile());
      pb.environment().put("TELEGRAM_BOT_TOKEN", TOKEN);
      pb.environment().put("TELEGRAM_API_URL", telegram.apiUrl());
      pb.environment().put("NEWSBRIEF_DATA_DIR", dir.resolve("data").toString());
      pb.environment().remove("NEWSBRIEF_CONFIG");
      Process bot = pb.start();
      try {
        telegram.userSends(7, "/start");
        telegram.awaitMessage(7, t -> t.contains("key points"), Duration.ofSeconds(30));

        long stopAsked = System.nanoTime();
        bot.destroy(); // SIGTERM
        assertTrue(bot.waitFor(10, TimeUnit.SECONDS), "still running 10 s after SIGTERM");
        assertTrue(System.nanoTime() - stopAsked < TimeUnit.SECONDS.toNanos(10));
        assertTrue(bot.exitValue() == 0 || bot.exitValue() == 143, "exit " + bot.exitValue());
      } finally {
        bot.destroyForcibly();
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertTrue(output.contains("stopping"), output);
      assertFalse(output.contains("process-test-token"), output);
      assertFalse(output.contains(File.separator + "bot555"), output);
    }
  }
}
