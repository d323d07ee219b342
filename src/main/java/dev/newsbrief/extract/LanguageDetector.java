package dev.newsbrief.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Guesses a text's language from its script and, for Latin script, from how often common words occur. */
public final class LanguageDetector {
  private static final int LIMIT = 6_000;
  private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();
  private static final int LETTERS = SCRIPTS.length;
  private static final int UKRAINIAN = SCRIPTS.length + 1;
  private static final int PERSIAN = SCRIPTS.length + 2;
  private static final int LATIN_SCRIPT = Character.UnicodeScript.LATIN.ordinal();
  private static final Map<String, String[]> STOP_WORDS = Map.of(
      "en", words("the and of to in is that for it with as was on are be this by have from not at which"),
      "de", words("der die und das ist nicht den mit sich des auf ein eine dem zu im für von sie auch wird"),
      "fr", words("le la les et des est une du que en dans pour qui pas sur au avec ce sont il par"),
      "es", words("el la los las y de que en un una es por con para del se no al lo como su"),
      "it", words("il la di che e è per un una non del della sono gli con si le da nel anche"),
      "pt", words("o a os as de que e do da em um uma para com não no na por se dos mais"),
      "nl", words("de het een en van is dat op te in niet zijn voor met die er ook aan wordt"),
      "sv", words("och att det som en är på för med av inte till den har var jag om ett"),
      "pl", words("i w na z że się nie do jest to o jak ale po co od przez dla"));
  private static final Map<String, String> WORD_LANGUAGE = index();
  private static final int LONGEST_STOP_WORD =
      WORD_LANGUAGE.keySet().stream().mapToInt(String::length).max().orElse(0);

  private LanguageDetector() {
  }

  /**
   * A BCP-47 primary tag such as {@code zh}, {@code ja}, {@code en}, {@code ru}, {@code de}, or null when the
   * text is too short or its language unknown. Thread-safe.
   */
  public static String detect(String text) {
    if (text == null) {
      return null;
    }
    String sample = text.length() > LIMIT ? text.substring(0, LIMIT) : text;
    int[] counts = countScripts(sample);
    int letters = counts[LETTERS];
    if (letters < 10) {
      return null;
    }
    int han = counts[Character.UnicodeScript.HAN.ordinal()];
    int kana = counts[Character.UnicodeScript.HIRAGANA.ordinal()] + counts[Character.UnicodeScript.KATAKANA.ordinal()];
    if (kana > 0 && kana * 10 >= han && (han + kana) * 5 >= letters) {
      return "ja";
    }
    if (counts[Character.UnicodeScript.HANGUL.ordinal()] * 2 >= letters) {
      return "ko";
    }
    if (han * 5 >= letters) {
      return "zh";
    }
    return switch (dominant(counts)) {
      case CYRILLIC -> counts[UKRAINIAN] * 100 >= letters ? "uk" : "ru";
      case ARABIC -> counts[PERSIAN] * 50 >= letters ? "fa" : "ar";
      case GREEK -> "el";
      case HEBREW -> "he";
      case THAI -> "th";
      case DEVANAGARI -> "hi";
      case LATIN -> latinLanguage(sample);
      default -> null;
    };
  }

  /** Letters per script (by ordinal), then the totals of letters and of Ukrainian- and Persian-only letters. */
  private static int[] countScripts(String text) {
    int[] counts = new int[SCRIPTS.length + 3];
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      counts[LETTERS]++;
      // ASCII letters are Latin; the script lookup is a binary search over every Unicode range.
      counts[cp < 128 ? LATIN_SCRIPT : Character.UnicodeScript.of(cp).ordinal()]++;
      if ("іїєґІЇЄҐ".indexOf(cp) >= 0) {
        counts[UKRAINIAN]++;
      } else if ("پچژگکی".indexOf(cp) >= 0) {
        counts[PERSIAN]++;
      }
    }
    return counts;
  }

  private static Character.UnicodeScript dominant(int[] scripts) {
    int best = Character.UnicodeScript.COMMON.ordinal();
    for (int i = 0; i < SCRIPTS.length; i++) {
      if (scripts[i] > scripts[best]) {
        best = i;
      }
    }
    return SCRIPTS[best];
  }

  /** True when the detector can recognise {@code language} by its common words. */
  static boolean knowsWordsOf(String language) {
    return STOP_WORDS.containsKey(language);
  }

  private static String latinLanguage(String text) {
    Map<String, Integer> hits = new HashMap<>();
    String lower = text.toLowerCase(Locale.ROOT);
    // Words are runs of letters, as splitting at [^\\p{L}]+ gives, found without a regex: this runs on every
    // Latin-script article.
    int start = -1;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      if (Character.isLetter(cp)) {
        start = start < 0 ? i : start;
      } else if (start >= 0) {
        countWord(hits, lower, start, i);
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      countWord(hits, lower, start, lower.length());
    }
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (e.getValue() > most) {
        most = e.getValue();
        best = e.getKey();
      }
    }
    return most >= 2 ? best : null;
  }

  private static void countWord(Map<String, Integer> hits, String text, int start, int end) {
    if (end - start > LONGEST_STOP_WORD) {
      return; // no stop word is that long: no need to cut the word out
    }
    String language = WORD_LANGUAGE.get(text.substring(start, end));
    if (language != null) {
      hits.merge(language, 1, Integer::sum);
    }
  }

  private static String[] words(String list) {
    return list.split(" ");
  }

  /** Each stop word mapped to the one language that owns it; words shared by languages count for none. */
  private static Map<String, String> index() {
    Map<String, String> owner = new HashMap<>();
    Map<String, Integer> uses = new HashMap<>();
    STOP_WORDS.forEach((language, list) -> {
      for (String w : list) {
        owner.put(w, language);
        uses.merge(w, 1, Integer::sum);
      }
    });
    uses.forEach((w, n) -> {
      if (n > 1) {
        owner.remove(w);
      }
    });
    return Map.copyOf(owner);
  }
}
