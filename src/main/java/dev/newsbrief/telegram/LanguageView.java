package dev.newsbrief.telegram;

import dev.newsbrief.store.ChatSettings;
import java.util.List;

/** The {@code /lang} buttons: English, 中文, Русский, or Auto (follow the user's Telegram app). */
final class LanguageView {
  static final String PREFIX = "lang:";
  static final String AUTO = "auto";
  private static final List<String> NAMES = List.of("English", "中文", "Русский");

  private LanguageView() {
  }

  static boolean handles(String data) {
    return data != null && data.startsWith(PREFIX);
  }

  static Keyboard keyboard(Texts t, ChatSettings s) {
    List<Keyboard.Button> languages = new java.util.ArrayList<>();
    for (int i = 0; i < Texts.LANGUAGES.size(); i++) {
      String code = Texts.LANGUAGES.get(i);
      String mark = code.equals(s.language()) ? "✓ " : "";
      languages.add(Keyboard.Button.callback(mark + NAMES.get(i), PREFIX + code));
    }
    String autoMark = s.language() == null ? "✓ " : "";
    return new Keyboard(List.of(languages, List.of(Keyboard.Button.callback(autoMark + t.get("lang.auto"),
        PREFIX + AUTO))));
  }

  /** The settings after choosing the language in {@code data}, or null when it names no supported language. */
  static ChatSettings apply(ChatSettings s, String data) {
    String code = data.substring(PREFIX.length());
    if (code.equals(AUTO)) {
      return s.withLanguage(null);
    }
    return Texts.LANGUAGES.contains(code) ? s.withLanguage(code) : null;
  }
}
