package dev.newsbrief.telegram;

import dev.newsbrief.store.ChatSettings;
import java.util.ArrayList;
import java.util.List;

/** The {@code /settings} message: the chat's settings in words, and buttons that change them in place. */
final class SettingsView {
  static final String PREFIX = "set:";
  private static final int[][] LENGTHS = {{3, 0}, {5, 1}, {8, 2}};
  private static final String[] LENGTH_NAMES = {"Short (3)", "Normal (5)", "Long (8)"};

  private SettingsView() {
  }

  static String text(ChatSettings s, boolean privateChat) {
    StringBuilder out = new StringBuilder("<b>Settings for this chat</b>\n");
    out.append("Summary length: ").append(s.points()).append(" key points\n");
    out.append("Link preview: ").append(s.linkPreview() ? "on" : "off").append('\n');
    if (!privateChat) {
      out.append("Summarize every link: ").append(s.summarizeAll() ? "on" : "off (only /sum)").append('\n');
      out.append("\nOnly group admins can change these.");
    }
    return out.toString().strip();
  }

  static Keyboard keyboard(ChatSettings s, boolean privateChat) {
    List<List<Keyboard.Button>> rows = new ArrayList<>();
    List<Keyboard.Button> lengths = new ArrayList<>();
    for (int[] length : LENGTHS) {
      String mark = s.points() == length[0] ? "✓ " : "";
      lengths.add(Keyboard.Button.callback(mark + LENGTH_NAMES[length[1]], PREFIX + "p:" + length[0]));
    }
    rows.add(lengths);
    rows.add(List.of(Keyboard.Button.callback("Link preview: " + (s.linkPreview() ? "on" : "off"),
        PREFIX + "v:" + (s.linkPreview() ? 0 : 1))));
    if (!privateChat) {
      rows.add(List.of(Keyboard.Button.callback("Summarize every link: " + (s.summarizeAll() ? "on" : "off"),
          PREFIX + "a:" + (s.summarizeAll() ? 0 : 1))));
    }
    return new Keyboard(rows);
  }

  /** The settings after pressing the button with {@code data}, or null when the data is not a settings button. */
  static ChatSettings apply(ChatSettings s, String data) {
    if (data == null || !data.startsWith(PREFIX) || data.length() < PREFIX.length() + 3) {
      return null;
    }
    String key = data.substring(PREFIX.length(), PREFIX.length() + 1);
    String value = data.substring(PREFIX.length() + 2);
    try {
      return switch (key) {
        case "p" -> s.withPoints(Integer.parseInt(value));
        case "v" -> s.withLinkPreview(value.equals("1"));
        case "a" -> s.withSummarizeAll(value.equals("1"));
        default -> null;
      };
    } catch (IllegalArgumentException e) {
      return null; // a forged or outdated button: ignore it rather than fail
    }
  }
}
