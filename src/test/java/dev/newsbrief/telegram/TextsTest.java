package dev.newsbrief.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbrief.testing.TelegramHtml;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextsTest {
  static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  static Set<String> placeholders(String text) {
    Matcher m = Pattern.compile("\\{\\d}").matcher(text);
    java.util.Set<String> found = new java.util.TreeSet<>();
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  @Test
  void everyLanguageHasEveryTextWithTheSamePlaceholders() throws IOException {
    Properties en = load("messages.properties");
    for (String file : new String[] {"messages_zh.properties", "messages_ru.properties"}) {
      Properties other = load(file);
      assertEquals(en.stringPropertyNames(), other.stringPropertyNames(), file);
      for (String key : en.stringPropertyNames()) {
        assertEquals(placeholders(en.getProperty(key)), placeholders(other.getProperty(key)), file + " " + key);
      }
    }
  }

  /**
   * Every text sent in HTML parse mode is one Telegram accepts, its placeholders filled with plain words: a bare
   * "<topic>" would make Telegram refuse the message. Command descriptions (the menu, escaped for /help) and
   * button labels are plain text.
   */
  @Test
  void everyHtmlTextIsValidTelegramHtml() throws IOException {
    for (String file : new String[] {"messages.properties", "messages_zh.properties", "messages_ru.properties"}) {
      Properties texts = load(file);
      for (String key : texts.stringPropertyNames()) {
        if (key.startsWith("cmd.") || key.startsWith("button.")) {
          continue;
        }
        String filled = texts.getProperty(key).replaceAll("\\{\\d}", "word");
        assertEquals(null, TelegramHtml.problem(filled), file + " " + key + ": " + filled);
      }
    }
  }

  @Test
  void picksTheClosestSupportedLanguageAndFallsBackToEnglish() {
    assertEquals("zh", Texts.of("zh-hans").language());
    assertEquals("ru", Texts.of("RU").language());
    assertEquals("en", Texts.of("de").language());
    assertEquals("en", Texts.of(null).language());
    assertEquals("已保存。", Texts.of("zh").get("saved"));
    assertEquals("Saved.", Texts.of("fr").get("saved"));
  }

  @Test
  void fillsPlaceholdersOnceSoArgumentsAreNotReinterpreted() {
    assertEquals("I summarize up to 3 links per message; skipped: a{1}b. Send them separately.",
        Texts.of("en").get("skipped", 3, "a{1}b"));
    assertTrue(Texts.of("ru").get("render.minRead", 4).startsWith("4 "));
  }
}
