package dev.newsbrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs a JSON-lines batch: one output line per input line, in order, each carrying the input's id. */
final class BatchFile {
  /** Turns one input row into one output line. */
  interface Row {
    String apply(String id, JsonNode row) throws Exception;
  }

  private BatchFile() {
  }

  /** Exit code: 0 when at least one row (or none at all) succeeded, 3 when every row failed. */
  static int run(Path file, PrintStream out, PrintStream err, Row handler) throws UsageException {
    int rows = 0;
    int failures = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        rows++;
        String id = null;
        try {
          JsonNode row = JsonOutput.MAPPER.readTree(line);
          id = row.hasNonNull("id") ? row.get("id").asText() : String.valueOf(number);
          out.println(handler.apply(id, row));
        } catch (Exception e) {
          failures++;
          String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
          if (id == null) {
            message = file + " line " + number + ": not a JSON object";
            id = String.valueOf(number);
          }
          out.println(JsonOutput.line(JsonOutput.error(id, null, message)));
        }
      }
    } catch (IOException e) {
      throw new UsageException("cannot read batch file " + file + ": " + e.getMessage());
    }
    out.flush();
    if (rows > 0 && failures == rows) {
      err.println("all " + rows + " inputs failed");
      return Main.EXIT_INPUT;
    }
    return Main.EXIT_OK;
  }

  /** The text of {@code field}, or null when absent or null. */
  static String text(JsonNode row, String field) {
    JsonNode node = row.get(field);
    return node == null || node.isNull() ? null : node.asText();
  }
}
