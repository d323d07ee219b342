package dev.newsbrief.telegram;

import dev.newsbrief.store.ChatSettings;
import java.util.ArrayList;
import java.util.List;

/** The {@code /settings} message: the chat's settings in words, and buttons that change them in place. */
final class SettingsView {
  static final String PREFIX = "set:";
  private static final int[][] LENGTHS = {{3, 0}, {5, 1}, {8, 2}};
  private static final String[] LENGTH_KEYS = {"length.short", "length.normal", "length.long"};

  private SettingsView() {
  }

  static String text(Texts t, ChatSettings s, boolean privateChat) {
    StringBuilder out = new StringBuilder("<b>").append(t.get("settings.title")).append("</b>\n");
    out.append(t.get("settings.length", s.points())).append('\n');
    out.append(t.get("settings.preview", onOff(t, s.linkPreview()))).append('\n');
    if (!privateChat) {
      out.append(t.get("settings.all", s.summarizeAll() ? t.get("on") : t.get("settings.all.off"))).append('\n');
      out.append('\n').append(t.get("settings.admins"));
    }
    return out.toString().strip();
  }

  private static String onOff(Texts t, boolean on) {
    return on ? t.get("on") : t.get("off");
  }

  static Keyboard keyboard(Texts t, ChatSettings s, boolean privateChat) {
    List<List<Keyboard.Button>> rows = new ArrayList<>();
    List<Keyboard.Button> lengths = new ArrayList<>();
    for (int[] length : LENGTHS) {
      String mark = s.points() == length[0] ? "✓ " : "";
      lengths.add(Keyboard.Button.callback(mark + t.get(LENGTH_KEYS[length[1]]), PREFIX + "p:" + length[0]));
    }
    rows.add(lengths);
    rows.add(List.of(Keyboard.Button.callback(t.get("settings.preview", onOff(t, s.linkPreview())),
        PREFIX + "v:" + (s.linkPreview() ? 0 : 1))));
    if (!privateChat) {
      rows.add(List.of(Keyboard.Button.callback(t.get("settings.all", onOff(t, s.summarizeAll())),
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
