package dev.newsbrief.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bot's interface text in one language, from {@code messages*.properties}. English, Chinese and Russian
 * are there; any other language gets English. Summaries themselves stay in the article's language.
 */
public final class Texts {
  /** The interface languages, default first. */
  public static final List<String> LANGUAGES = List.of("en", "zh", "ru");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
  private static final Map<String, Texts> CACHE = new ConcurrentHashMap<>();
  // Without this control the JVM's default locale would be tried before the base file.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String language;
  private final ResourceBundle bundle;

  private Texts(String language) {
    this.language = language;
    this.bundle = ResourceBundle.getBundle("dev.newsbrief.telegram.messages",
        Locale.forLanguageTag(language.equals("en") ? "" : language), NO_FALLBACK);
  }

  /** The texts for {@code language} (a tag such as {@code zh-hans} or {@code ru}); English when unsupported. */
  public static Texts of(String language) {
    return CACHE.computeIfAbsent(supported(language), Texts::new);
  }

  /** The supported interface language closest to {@code tag}, e.g. {@code zh-hans} → {@code zh}; else {@code en}. */
  static String supported(String tag) {
    if (tag == null || tag.isBlank()) {
      return "en";
    }
    String primary = tag.toLowerCase(Locale.ROOT).split("[-_]")[0];
    return LANGUAGES.contains(primary) ? primary : "en";
  }

  public String language() {
    return language;
  }

  /** The text for {@code key} with {@code {0}}, {@code {1}}… filled in (no other formatting rules apply). */
  public String get(String key, Object... args) {
    String text = bundle.getString(key);
    if (args.length == 0) {
      return text;
    }
    // One pass over the template, so an argument that happens to contain "{1}" is left as it is.
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(i < args.length ? String.valueOf(args[i]) : m.group()));
    }
    return m.appendTail(out).toString();
  }
}
