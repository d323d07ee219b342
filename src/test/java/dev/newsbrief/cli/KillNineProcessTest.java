package dev.newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbrief.testing.FakeTelegram;
import dev.newsbrief.testing.Sites;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #7, promise 5, "nothing lost on a crash": the bot runs as its own process and is killed with SIGKILL
 * at random moments while chats subscribe to topics and their look-back alerts are queued and sent, then
 * restarted. At the end every acknowledged topic is stored, every queued alert was delivered (at most one
 * in-flight duplicate per kill), every command was answered (a reply cut off by a kill is repeated after the
 * restart, at most once per kill) and the database passes
 * {@code PRAGMA integrity_check}. Random choices come from one seed, printed on failure; rerun a failure
 * with {@code -Dcrash.seed=N}.
 */
class KillNineProcessTest {
  static final String TOKEN = "777:kill-nine-token";
  static final int ROUNDS = Integer.getInteger("crash.rounds", 20);
  static final long[] CHATS = java.util.stream.LongStream.rangeClosed(301, 320).toArray();
  static final Duration WAIT = Duration.ofSeconds(60);
  /** Topic words: letters only, none a stem of another. */
  static final String[] HEADS = {"bra", "cle", "dro", "fli", "gru", "ple", "sko", "tri"};
  static final String[] TAILS = {"mandu", "velor", "quist", "zenta", "hobar", "lucet", "nixor", "pavel"};
  static final String[] FILLER = {"harbor", "council", "budget", "river", "festival", "museum", "railway",
      "orchard", "bridge", "library", "tunnel", "stadium", "market", "glacier", "airport", "valley", "forest",
      "garden", "island", "canyon", "summit", "theatre", "factory", "meadow", "lagoon", "castle", "village",
      "highway", "quarry", "vineyard"};
  static final int ITEMS = 60;

  @TempDir
  Path dir;

  /** A command a chat sent: which message, which topic. */
  record Command(long chatId, int messageId, String topic) {
  }

  @Test
  void nothingAcknowledgedOrQueuedIsLostAcrossTwentyKillNines() throws Exception {
    long seed = Long.getLong("crash.seed", System.nanoTime());
    try {
      run(new Random(seed));
    } catch (AssertionError | Exception e) {
      throw new AssertionError("kill -9 test failed with seed " + seed + " (rerun: -Dcrash.seed=" + seed + "): "
          + e.getMessage(), e);
    }
  }

  /** The bot process alive now, if any: killed whatever happens. */
  private Process running;
  /** How long each start took until the bot polled, in ms. */
  private final List<Long> startMillis = new ArrayList<>();

  @AfterEach
  void killTheBot() throws InterruptedException {
    if (running != null) {
      running.destroyForcibly();
      running.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private void run(Random random) throws Exception {
    long started = System.nanoTime();
    Sites sites = new Sites();
    Map<String, String> feeds = new HashMap<>();
    try (FakeTelegram telegram = new FakeTelegram(TOKEN); MockWebServer web = new MockWebServer()) {
      web.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          String feed = feeds.get(request.getUrl().encodedPath());
          if (feed != null) {
            return new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml; charset=utf-8")
                .body(feed).build();
          }
          // Story pages answer slowly now and then: an alert sender killed while reading one has written its
          // outbox row but not sent it yet.
          int delay = pageDelayMillis(request);
          return sites.dispatch(request).newBuilder().headersDelay(delay, TimeUnit.MILLISECONDS).build();
        }
      });
      web.start(InetAddress.getByName("127.0.0.1"), 0);
      String base = "http://127.0.0.1:" + web.getPort();
      writeFeeds(feeds, base, new Random(7));
      Files.writeString(dir.resolve("feeds.yaml"), """
          feeds:
            - name: Wire A
              url: %s/a.xml
              language: en
            - name: Wire B
              url: %s/b.xml
              language: en
            - name: Wire C
              url: %s/c.xml
              language: en
          """.formatted(base, base, base), StandardCharsets.UTF_8);
      Path db = dir.resolve("data").resolve("newsbrief.db");
      Path log = dir.resolve("bot.log");
      String allow = "127.0.0.1:" + web.getPort();

      // Round 0: the first start primes the feeds (their stories become the look-back), with no kill.
      running = start(telegram, allow, log);
      awaitTrue(() -> count(db, "SELECT COUNT(*) FROM feeds WHERE primed = 1") >= 3, "feeds primed", log);

      Map<Long, List<String>> topicsLeft = new HashMap<>();
      for (long chat : CHATS) {
        List<String> words = new ArrayList<>(allWords());
        Collections.shuffle(words, random);
        topicsLeft.put(chat, words);
      }
      List<Command> commands = new ArrayList<>();
      List<Integer> outboxAtKills = new ArrayList<>(); // rows written, not yet known sent, at each kill
      for (int round = 1; round <= ROUNDS; round++) {
        if (running == null) {
          running = start(telegram, allow, log);
        }
        // One alert in four is answered only after 0.6 s: a kill then lands after Telegram took the message
        // but before the bot could delete its outbox row.
        long slowSeed = random.nextLong();
        telegram.answerAfter(call -> call.method().equals("sendmessage")
            && call.body().path("text").asText().startsWith("🔔")
            && new Random(slowSeed ^ call.body().path("text").asText().hashCode()).nextInt(4) == 0
            ? Duration.ofMillis(600) : Duration.ZERO);
        List<Long> chats = new ArrayList<>();
        for (long chat : CHATS) {
          chats.add(chat);
        }
        Collections.shuffle(chats, random);
        for (long chat : chats.subList(0, 2 + random.nextInt(3))) {
          String topic = topicsLeft.get(chat).remove(0);
          commands.add(new Command(chat, telegram.userSends(chat, "/subscribe " + topic), topic));
        }
        long delay = random.nextInt(3_000);
        Thread.sleep(delay); // the random moment is the point of the test
        running.destroyForcibly(); // SIGKILL
        assertTrue(running.waitFor(10, TimeUnit.SECONDS), "still alive 10 s after SIGKILL");
        running = null;
        assertEquals("ok", integrityOfCopy(db), "integrity_check after the kill of round " + round);
        outboxAtKills.add(outboxRowsOfCopy(db));
      }

      // The last start runs undisturbed until everything queued went out, then stops cleanly.
      telegram.answerAfter(call -> Duration.ZERO);
      running = start(telegram, allow, log);
      telegram.awaitUpdatesConfirmed(WAIT);
      awaitTrue(() -> count(db, "SELECT COUNT(*) FROM alert_outbox") == 0, "alert outbox drained", log);
      running.destroy(); // SIGTERM
      assertTrue(running.waitFor(10, TimeUnit.SECONDS), "still running 10 s after SIGTERM");
      running = null;

      verify(telegram, db, commands, outboxAtKills, System.nanoTime() - started);
    }
  }

  private void verify(FakeTelegram telegram, Path db, List<Command> commands, List<Integer> outboxAtKills,
      long nanos) throws Exception {
    // Replies per command message, and alerts per (chat, story) and per subscription, as Telegram saw them.
    Map<String, List<String>> replies = new HashMap<>();
    Map<String, Integer> alertsPerStory = new HashMap<>();
    Map<Long, Integer> alertsPerSubscription = new HashMap<>();
    for (FakeTelegram.Call call : telegram.calls("sendmessage")) {
      JsonNode body = call.body();
      long chat = body.path("chat_id").asLong();
      String text = body.path("text").asText();
      if (text.startsWith("🔔")) {
        JsonNode row = body.path("reply_markup").path("inline_keyboard").path(0);
        long story = Long.parseLong(row.path(0).path("callback_data").asText().replace("al:more:", ""));
        long subscription = Long.parseLong(row.path(1).path("callback_data").asText().replace("tp:mute:", ""));
        alertsPerStory.merge(chat + ":" + story, 1, Integer::sum);
        alertsPerSubscription.merge(subscription, 1, Integer::sum);
      } else if (body.has("reply_parameters")) {
        replies.computeIfAbsent(chat + ":" + body.path("reply_parameters").path("message_id").asInt(),
            k -> new ArrayList<>()).add(text);
      }
    }

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      assertEquals("ok", integrity(c), "integrity_check at the end");
      assertEquals(0, count(c, "SELECT COUNT(*) FROM alert_outbox"), "alert outbox empty at the end");

      int acknowledged = 0;
      int answeredTwice = 0;
      int unanswered = 0;
      List<String> lost = new ArrayList<>();
      List<String> lookBackMissing = new ArrayList<>();
      for (Command command : commands) {
        List<String> answers = replies.getOrDefault(command.chatId() + ":" + command.messageId(), List.of());
        if (answers.size() > 1) {
          answeredTwice++;
        }
        if (answers.isEmpty()) {
          unanswered++;
          continue;
        }
        if (!answers.get(0).startsWith("Subscribed to <b>" + command.topic() + "</b>")) {
          continue;
        }
        acknowledged++;
        Long subscription = subscriptionId(c, command.chatId(), command.topic());
        if (subscription == null) {
          lost.add(command.toString());
          continue;
        }
        int promised = promisedStories(answers.get(0));
        if (alertsPerSubscription.getOrDefault(subscription, 0) < promised) {
          lookBackMissing.add(command + " promised " + promised + ", got "
              + alertsPerSubscription.getOrDefault(subscription, 0));
        }
      }

      // Every alert the database queued (every row of alerts) reached its chat.
      List<String> undelivered = new ArrayList<>();
      int queued = 0;
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT chat_id, story_id FROM alerts")) {
        while (r.next()) {
          queued++;
          if (!alertsPerStory.containsKey(r.getLong(1) + ":" + r.getLong(2))) {
            undelivered.add(r.getLong(1) + ":" + r.getLong(2));
          }
        }
      }
      // Every stored topic, acknowledged or not, got its look-back: each story naming it was alerted to the chat.
      List<String> noLookBack = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
          "SELECT sub.chat_id, sub.query, st.id FROM subscriptions sub"
              + " JOIN stories st ON st.title LIKE '%' || sub.query || '%'"
              + " WHERE NOT EXISTS (SELECT 1 FROM alerts a WHERE a.chat_id = sub.chat_id AND a.story_id = st.id)")) {
        while (r.next()) {
          noLookBack.add(r.getLong(1) + ":" + r.getString(2) + " -> story " + r.getLong(3));
        }
      }
      int delivered = alertsPerStory.size();
      int duplicates = alertsPerStory.values().stream().mapToInt(n -> n - 1).sum();
      int kills = outboxAtKills.size();
      int caughtInOutbox = outboxAtKills.stream().mapToInt(Integer::intValue).sum();
      String report = String.format(
          "rounds %d, kills %d, commands %d, acknowledged %d, unanswered %d, answered twice %d, alerts queued %d,"
              + " delivered %d, duplicates %d, outbox rows caught by kills %d, mean start %d ms, took %d s",
          kills, kills, commands.size(), acknowledged, unanswered, answeredTwice, queued, delivered,
          duplicates, caughtInOutbox,
          (long) startMillis.stream().mapToLong(Long::longValue).average().orElse(0), TimeUnit.NANOSECONDS.toSeconds(nanos));
      System.out.println("KillNineProcessTest: " + report);

      assertTrue(lost.isEmpty(), "acknowledged but not stored: " + lost + "; " + report);
      assertTrue(undelivered.isEmpty(), "queued but never delivered: " + undelivered + "; " + report);
      assertTrue(noLookBack.isEmpty(), "stored topics without their look-back: " + noLookBack + "; " + report);
      assertTrue(lookBackMissing.isEmpty(), "look-back promised but short: " + lookBackMissing + "; " + report);
      // A kill after a reply went out but before its message was marked done costs one repeated reply (the
      // update comes again and is handled again): at least once, never lost.
      assertEquals(0, unanswered, "commands never answered; " + report);
      assertTrue(answeredTwice <= kills, "more repeated replies than kills; " + report);
      assertTrue(duplicates <= kills, "more duplicates than kills; " + report);
      assertTrue(queued > commands.size() / 2, "too few alerts to mean anything; " + report);
    }
  }

  private static Long subscriptionId(Connection c, long chat, String topic) throws SQLException {
    try (var s = c.prepareStatement("SELECT id FROM subscriptions WHERE chat_id = ? AND query = ?")) {
      s.setLong(1, chat);
      s.setString(2, topic);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : null;
      }
    }
  }

  /** "Subscribed to … Recent matching stories follow (2)." → 2; 0 when no stories were promised. */
  private static int promisedStories(String reply) {
    var m = java.util.regex.Pattern.compile("Recent matching stories follow \\((\\d+)\\)").matcher(reply);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  static List<String> allWords() {
    List<String> words = new ArrayList<>();
    for (String head : HEADS) {
      for (String tail : TAILS) {
        words.add(head + tail);
      }
    }
    return words.subList(0, ITEMS);
  }

  /** Three feeds of twenty items; item k names topic k, and every third also topic k+1 (two stories). */
  static void writeFeeds(Map<String, String> feeds, String base, Random random) {
    List<String> words = allWords();
    Instant now = Instant.now();
    List<List<String>> items = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int k = 0; k < ITEMS; k++) {
      StringBuilder title = new StringBuilder("Report ").append(k).append(": ").append(words.get(k));
      if (k % 3 == 0) {
        title.append(" and ").append(words.get((k + 1) % ITEMS));
      }
      for (int i = 0; i < 4; i++) {
        title.append(' ').append(FILLER[random.nextInt(FILLER.length)]);
      }
      items.get(k % 3).add("<item><guid isPermaLink=\"false\">g" + k + "</guid><title>" + title + "</title><link>"
          + base + "/grid-storage?story=" + k + "</link><description>News of " + words.get(k) + " today."
          + "</description><pubDate>" + DateTimeFormatter.RFC_1123_DATE_TIME.format(
              now.minus(Duration.ofMinutes(ITEMS - k)).atOffset(ZoneOffset.UTC)) + "</pubDate></item>");
    }
    String[] names = {"a", "b", "c"};
    for (int f = 0; f < 3; f++) {
      feeds.put("/" + names[f] + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
          + "<title>Wire " + names[f] + "</title><link>https://example.com/</link><description>news</description>"
          + String.join("", items.get(f)) + "</channel></rss>");
    }
  }

  /** One story page in four takes 0.8 s: long enough for a kill to land between outbox write and send. */
  private static int pageDelayMillis(RecordedRequest request) {
    return ThreadLocalRandom.current().nextInt(4) == 0 ? 800 : 0;
  }

  private Process start(FakeTelegram telegram, String allowPrivate, Path log) throws Exception {
    int polls = telegram.calls("getupdates").size();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // C1 only and the serial collector: a start costs about half as much, and this test starts 23 bots.
    ProcessBuilder pb = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-Xshare:auto", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "bot"))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().put("TELEGRAM_BOT_TOKEN", TOKEN);
    pb.environment().put("TELEGRAM_API_URL", telegram.apiUrl());
    pb.environment().put("NEWSBRIEF_DATA_DIR", dir.resolve("data").toString());
    pb.environment().put("NEWSBRIEF_FEEDS_FILE", dir.resolve("feeds.yaml").toString());
    pb.environment().put("NEWSBRIEF_ALLOW_PRIVATE", allowPrivate);
    pb.environment().remove("NEWSBRIEF_CONFIG");
    long asked = System.nanoTime();
    Process bot = pb.start();
    try {
      telegram.awaitCalls("getupdates", polls + 1, WAIT); // up and polling
      startMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked));
    } catch (AssertionError e) {
      bot.destroyForcibly();
      throw new AssertionError(e.getMessage() + "\n" + tail(log), e);
    }
    return bot;
  }

  /** Waits (polling every 100 ms, at most {@link #WAIT}) until {@code condition} holds. */
  private static void awaitTrue(BooleanSupplier condition, String what, Path log) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached in " + WAIT + ": " + what + "\n" + tail(log));
      }
      Thread.sleep(100);
    }
  }

  private static String tail(Path log) throws IOException {
    String text = Files.readString(log, StandardCharsets.UTF_8);
    return text.substring(Math.max(0, text.length() - 4_000));
  }

  /** A query on the live database (WAL lets this process read beside the bot); -1 while it does not exist. */
  private static int count(Path db, String sql) {
    if (!Files.exists(db)) {
      return -1;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro")) {
      return count(c, sql);
    } catch (SQLException e) {
      return -1; // not created or migrated yet
    }
  }

  private static int count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    }
  }

  private static String integrity(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
      StringBuilder out = new StringBuilder();
      while (r.next()) {
        out.append(out.length() == 0 ? "" : "; ").append(r.getString(1));
      }
      return out.toString();
    }
  }

  /**
   * The files exactly as the kill left them, copied, so that checking them does not recover them before the
   * next bot start does.
   */
  private Path copyOf(Path db) throws IOException {
    Path copy = Files.createTempDirectory(dir, "after-kill").resolve("newsbrief.db");
    for (String suffix : new String[] {"", "-wal"}) {
      Path f = Path.of(db + suffix);
      if (Files.exists(f)) {
        Files.copy(f, Path.of(copy + suffix), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return copy;
  }

  private String integrityOfCopy(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copyOf(db))) {
      return integrity(c);
    }
  }

  private int outboxRowsOfCopy(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copyOf(db))) {
      return count(c, "SELECT COUNT(*) FROM alert_outbox");
    }
  }
}
