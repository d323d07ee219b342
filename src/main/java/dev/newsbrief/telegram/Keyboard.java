package dev.newsbrief.telegram;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** An inline keyboard: rows of buttons, each carrying callback data of at most 64 bytes, or a link. */
public record Keyboard(List<List<Button>> rows) {
  /** Telegram's limit for callback data, in UTF-8 bytes. */
  public static final int MAX_DATA_BYTES = 64;

  /**
   * One button: its label and either the data Telegram sends back when it is pressed, or a URL it opens.
   */
  public record Button(String text, String data, String url) {
    public Button {
      if ((data == null) == (url == null)) {
        throw new IllegalArgumentException("a button has either callback data or a URL: " + text);
      }
      if (data != null && data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
        throw new IllegalArgumentException("callback data over " + MAX_DATA_BYTES + " bytes: " + data);
      }
    }

    /** A button that sends {@code data} back to the bot. */
    public static Button callback(String text, String data) {
      return new Button(text, data, null);
    }

    /** A button that opens {@code url}. */
    public static Button link(String text, String url) {
      return new Button(text, null, url);
    }
  }

  public Keyboard {
    rows = rows.stream().map(List::copyOf).toList();
  }
}
