package dev.newsbrief.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class KeywordsTest {
  @Test
  void findsAWordAnywhereInTheText() {
    Keywords words = Keywords.of("share", "social", "正文");
    assertTrue(words.foundIn("post-share-bar"));
    assertTrue(words.foundIn("div_正文"));
    assertTrue(words.foundIn("social"));
    assertFalse(words.foundIn("shar socia"));
    assertFalse(words.foundIn(""));
  }

  @Test
  void answersLikeTheRegexAlternation() {
    String[] list = {"ad", "add", "nav", "avn", "正文", "d-n"};
    Keywords words = Keywords.of(list);
    Pattern regex = Pattern.compile(String.join("|", list));
    Random random = new Random(7);
    String alphabet = "adnv-正文 ";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(10); j > 0; j--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String t = text.toString();
      assertTrue(words.foundIn(t) == regex.matcher(t).find(), t);
    }
  }

  @Test
  void rejectsAnEmptyWord() {
    assertThrows(IllegalArgumentException.class, () -> Keywords.of("a", ""));
  }
}
