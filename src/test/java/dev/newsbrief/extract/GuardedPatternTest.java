package dev.newsbrief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GuardedPatternTest {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  @Test
  void requiredTextLeavesOutGroupsAndOptionalCharacters() {
    assertEquals(" cookies", GuardedPattern.requiredText("(we|this site|this website) uses? cookies"));
    assertEquals("newsletter", GuardedPattern.requiredText("(sign up|get).{0,40}newsletter"));
    assertEquals("(c)", GuardedPattern.requiredText("\\(c\\)\\s*\\d{4}"));
    assertEquals(" writer", GuardedPattern.requiredText("\\bap( [a-z]+){0,3} writer$"));
  }

  @Test
  void requiredTextIsEmptyWhereItCannotBeTrusted() {
    assertEquals("", GuardedPattern.requiredText("\\b(associated press|usa today) *$"));
    assertEquals("", GuardedPattern.requiredText("abc|def"));
    assertEquals("", GuardedPattern.requiredText("\\x41bcdef"));
    assertEquals("", GuardedPattern.requiredText("(?x)a b c d"));
  }

  @Test
  void aRegexWithoutRequiredTextIsNotGuarded() {
    assertNull(GuardedPattern.of("\\d+", FLAGS));
  }

  @Test
  void foldedTextFindsWhatTheCaseInsensitiveRegexFinds() {
    GuardedPattern p = GuardedPattern.of("share this", FLAGS);
    for (String text : new String[] {"SHARE THIS", "Share This story", "ſhare this", "ſHARE THIS"}) {
      assertEquals(Pattern.compile("share this", FLAGS).matcher(text).find(),
          p.foundIn(text, GuardedPattern.fold(text)), text);
    }
    assertTrue(p.foundIn("ſhare this", GuardedPattern.fold("ſhare this")));
    assertFalse(p.foundIn("shared this", GuardedPattern.fold("shared this")));
  }
}
