package dev.newsbrief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateRulesTest {
  @Test
  void splitsOnlyTopLevelAlternatives() {
    assertEquals(List.of("^(a|b)", "c[|]", "d\\|e"), BoilerplateRules.topLevelBranches("^(a|b)|c[|]|d\\|e"));
  }

  @Test
  void treatsHanPunctuationAndShorthandsAsCaseless() {
    assertTrue(BoilerplateRules.caseless("第\\s*\\d+\\s*页\\s*/\\s*共"));
    assertTrue(BoilerplateRules.caseless("【[^】]{1,12}】$"));
  }

  @Test
  void treatsLettersPropertiesAndFlagsAsCased() {
    assertFalse(BoilerplateRules.caseless("更多 app"));
    assertFalse(BoilerplateRules.caseless("\\p{Lu}"));
    assertFalse(BoilerplateRules.caseless("(?-i)x"));
    assertFalse(BoilerplateRules.caseless("ＡＰＰ"));
  }

  @Test
  void anchoredBranchMatchesOnlyAtTheStart() {
    // "^(原创)?版权(所有|声明)|禁止(商业)?转载|..." is split; its first branch must stay anchored.
    assertTrue(BoilerplateRules.drops("版权所有 2024"));
    assertFalse(BoilerplateRules.drops("本站版权所有"));
    assertTrue(BoilerplateRules.drops("本文禁止转载"));
  }

  @Test
  void casedRulesStillIgnoreCase() {
    assertTrue(BoilerplateRules.drops("SHARE THIS ARTICLE"));
    assertTrue(BoilerplateRules.drops("We use cookies to improve your experience"));
  }

  @Test
  void dropsCapturesOnlyOutsideClassesAndWithoutBackReferences() {
    assertEquals("^(?:a|b)[(]x(?:c)?(?=d)\\(", BoilerplateRules.withoutCaptures("^(a|b)[(]x(c)?(?=d)\\("));
    assertEquals("(\\w+) \\1", BoilerplateRules.withoutCaptures("(\\w+) \\1"));
  }

  @Test
  void dropsReadAlsoSubscriptionAndCookieLinesOfOtherLanguages() {
    assertTrue(BoilerplateRules.drops("Читайте также: Как выбрать зимние шины"));
    assertTrue(BoilerplateRules.drops("Leia também: Prefeitura anuncia nova linha de ônibus"));
    assertTrue(BoilerplateRules.drops("Mehr zum Thema"));
    assertTrue(BoilerplateRules.drops("Подписывайтесь на наш канал в Telegram"));
    assertTrue(BoilerplateRules.drops("Este sitio utiliza cookies para mejorar su experiencia."));
    assertTrue(BoilerplateRules.drops("Nous utilisons des cookies pour mesurer l'audience."));
    assertTrue(BoilerplateRules.drops("Все права защищены. Перепечатка запрещена."));
    assertFalse(BoilerplateRules.drops("Leia o relatório completo no site do ministério."));
    assertFalse(BoilerplateRules.drops("Она подписала контракт с клубом на три года."));
  }
}
