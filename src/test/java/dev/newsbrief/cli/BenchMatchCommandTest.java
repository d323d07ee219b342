package dev.newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@code bench match}: its JSON fields on a fake clock, a workload that is the same on every run, usage errors. */
class BenchMatchCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  /** Every reading of the clock moves it on by one millisecond: each timed match takes exactly 1 ms. */
  final AtomicLong clock = new AtomicLong();

  JsonNode bench(String... args) throws Exception {
    out.reset();
    BenchCommand command = new BenchCommand(new InputLoader(Main.MAX_FILE_BYTES), () -> clock.addAndGet(1_000_000),
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertEquals(0, command.run(List.of(args)));
    List<String> lines = out.toString(StandardCharsets.UTF_8).strip().lines().toList();
    assertEquals(1, lines.size(), lines.toString());
    return JSON.readTree(lines.get(0));
  }

  @Test
  void printsTheWorkloadAndTimesPerItem() throws Exception {
    JsonNode line = bench("match", "--subscriptions", "300", "--chats", "30", "--items", "40", "--rounds", "3");

    assertEquals(List.of("subscriptions", "chats", "items", "itemsPerSecond", "meanMicros", "p95Micros",
        "matchesPerItem"), fieldNames(line));
    assertEquals(300, line.get("subscriptions").asInt());
    assertEquals(30, line.get("chats").asInt());
    assertEquals(40, line.get("items").asInt());
    assertEquals(1000, line.get("itemsPerSecond").asLong());
    assertEquals(1000.0, line.get("meanMicros").asDouble());
    assertEquals(1000.0, line.get("p95Micros").asDouble());
    assertTrue(line.get("matchesPerItem").asDouble() > 0, line.toString());
  }

  @Test
  void theSyntheticWorkloadIsTheSameOnEveryRun() throws Exception {
    double first = bench("match", "--subscriptions", "500", "--items", "100", "--rounds", "2")
        .get("matchesPerItem").asDouble();
    double second = bench("match", "--subscriptions", "500", "--items", "100", "--rounds", "2")
        .get("matchesPerItem").asDouble();

    assertEquals(first, second);
  }

  @Test
  void usageErrorsNameTheOption() {
    BenchCommand command = new BenchCommand(new InputLoader(Main.MAX_FILE_BYTES), clock::get,
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertEquals("--items must be between 1 and 1000000, not 0",
        assertThrows(UsageException.class, () -> command.run(List.of("match", "--items", "0"))).getMessage());
    assertEquals("unknown option --batch",
        assertThrows(UsageException.class, () -> command.run(List.of("match", "--batch", "x"))).getMessage());
    assertEquals("unexpected argument 'extra'",
        assertThrows(UsageException.class, () -> command.run(List.of("match", "extra"))).getMessage());
  }

  @Test
  void benchHelpAndTheCommandListMentionMatch() {
    assertTrue(BenchCommand.HELP.contains("newsbrief bench match [--subscriptions N]"));
    assertTrue(Main.HELP.contains("bench match"));
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
