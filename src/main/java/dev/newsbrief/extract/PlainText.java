package dev.newsbrief.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits plain text into paragraphs: blank-line separated blocks, or lines when there are no blank lines. */
final class PlainText {
  private PlainText() {
  }

  static List<Block> blocks(String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    String[] parts = normalized.matches("(?s).*\\n[ \\t\\u00a0\\u3000]*\\n.*")
        ? normalized.split("\\n[ \\t\\u00a0\\u3000]*\\n") : normalized.split("\\n");
    List<Block> blocks = new ArrayList<>(parts.length);
    for (String part : parts) {
      String p = Whitespace.normalize(part);
      if (!p.isEmpty()) {
        blocks.add(new Block(p, Block.Kind.PARAGRAPH, 0, List.of()));
      }
    }
    return blocks;
  }
}
