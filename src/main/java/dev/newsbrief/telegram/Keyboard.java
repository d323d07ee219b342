package dev.newsbrief.telegram;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** An inline keyboard: rows of buttons, each carrying callback data of at most 64 bytes, as Telegram requires. */
public record Keyboard(List<List<Button>> rows) {
  /** Telegram's limit for callback data, in UTF-8 bytes. */
  public static final int MAX_DATA_BYTES = 64;

  /** One button: its label and the data Telegram sends back when it is pressed. */
  public record Button(String text, String data) {
    public Button {
      if (data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
        throw new IllegalArgumentException("callback data over " + MAX_DATA_BYTES + " bytes: " + data);
      }
    }
  }

  public Keyboard {
    rows = rows.stream().map(List::copyOf).toList();
  }
}
