package dev.newsbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code bench poll} on a few local feeds: both cycles run, the second sees 304s and one feed in ten change. */
class BenchPollCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private JsonNode bench(String... args) throws Exception {
    BenchCommand command = new BenchCommand(new InputLoader(Main.MAX_FILE_BYTES), System::nanoTime,
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertEquals(0, command.run(List.of(args)));
    return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  void pollsLocalFeedsTwiceAndPrintsOneJsonLine() throws Exception {
    JsonNode line = bench("poll", "--feeds", "20", "--items", "5", "--threads", "2", "--subscriptions", "50");

    List<String> fields = new ArrayList<>();
    line.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("feeds", "itemsPerFeed", "threads", "firstCycleMs", "firstItems", "secondCycleMs",
        "secondNewItems", "notModified", "alertsQueued", "failures"), fields);
    assertEquals(100, line.get("firstItems").asInt());
    assertEquals(2, line.get("secondNewItems").asInt());
    assertEquals(18, line.get("notModified").asInt());
    assertEquals(0, line.get("failures").asInt());
  }

  @Test
  void refusesAStrayArgument() {
    BenchCommand command = new BenchCommand(new InputLoader(Main.MAX_FILE_BYTES), System::nanoTime,
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertThrows(UsageException.class, () -> command.run(List.of("poll", "extra")));
  }
}
