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
      pb.environment().put("NEWSBRIEF_FEEDS_FILE", dir.resolve("no-feeds.yaml").toString()); // no real feeds
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

  Process startBot(FakeTelegram telegram, String allowPrivate, Path log) throws java.io.IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "bot"))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().put("TELEGRAM_BOT_TOKEN", TOKEN);
    pb.environment().put("TELEGRAM_API_URL", telegram.apiUrl());
    pb.environment().put("NEWSBRIEF_DATA_DIR", dir.resolve("data").toString());
    pb.environment().put("NEWSBRIEF_FEEDS_FILE", dir.resolve("no-feeds.yaml").toString()); // no real feeds in tests
    pb.environment().put("NEWSBRIEF_ALLOW_PRIVATE", allowPrivate);
    pb.environment().remove("NEWSBRIEF_CONFIG");
    return pb.start();
  }

  @Test
  void aLinkCaughtByAKillNineIsAnsweredAfterTheRestartIntoTheSamePlaceholder() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    try (FakeTelegram telegram = new FakeTelegram(TOKEN); mockwebserver3.MockWebServer site = new mockwebserver3.MockWebServer()) {
      dev.newsbrief.testing.Sites pages = new dev.newsbrief.testing.Sites();
      site.setDispatcher(new mockwebserver3.Dispatcher() {
        @Override
        public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest request) throws InterruptedException {
          release.await(30, TimeUnit.SECONDS); // the site hangs until the first bot process is dead
          return pages.dispatch(request);
        }
      });
      site.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
      String link = "http://127.0.0.1:" + site.getPort() + "/grid-storage";
      Path log = dir.resolve("bot.log");

      Process first = startBot(telegram, "127.0.0.1:" + site.getPort(), log);
      try {
        telegram.userSends(9, link);
        FakeTelegram.ChatMessage placeholder = telegram.awaitMessage(9, t -> t.contains("Reading"), Duration.ofSeconds(30));
        // The fetch starts only after the placeholder is recorded: once the site sees it, the bot is mid-work.
        assertTrue(site.takeRequest(30, TimeUnit.SECONDS) != null);
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no clean-up
        assertTrue(first.waitFor(10, TimeUnit.SECONDS));

        release.countDown();
        Process second = startBot(telegram, "127.0.0.1:" + site.getPort(), log);
        try {
          FakeTelegram.ChatMessage answer = telegram.awaitMessage(9, t -> t.contains("1,200-megawatt"), Duration.ofSeconds(30));
          assertTrue(answer.messageId() == placeholder.messageId(), "the placeholder itself was edited");
          assertTrue(telegram.chatText(9).size() == 1, "one message in the chat: " + telegram.chatText(9));
        } finally {
          second.destroyForcibly();
          second.waitFor(10, TimeUnit.SECONDS);
        }
      } finally {
        first.destroyForcibly();
      }
      assertTrue(Files.readString(log, StandardCharsets.UTF_8).contains("resuming 1 links"),
          Files.readString(log, StandardCharsets.UTF_8));
    }
  }
}
