package dev.newsbrief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  @Test
  void tellsScriptsApart() {
    assertEquals("zh", LanguageDetector.detect("国务院总理在北京主持召开常务会议，部署进一步稳定经济的措施。"));
    assertEquals("ja", LanguageDetector.detect("東京都は今日、新しい感染対策を発表しました。これからも注意が必要です。"));
    assertEquals("ko", LanguageDetector.detect("서울시는 오늘 새로운 교통 정책을 발표했습니다."));
    assertEquals("ru", LanguageDetector.detect("Правительство объявило о новых мерах поддержки экономики."));
    assertEquals("uk", LanguageDetector.detect("Уряд оголосив про нові заходи підтримки економіки та її розвитку і їх."));
  }

  @Test
  void tellsLatinLanguagesApartByCommonWords() {
    assertEquals("en", LanguageDetector.detect("The government said that the new rules would apply to all of the banks."));
    assertEquals("de", LanguageDetector.detect("Die Regierung hat gesagt, dass die neuen Regeln nicht für alle Banken gelten."));
    assertEquals("fr", LanguageDetector.detect("Le gouvernement a dit que les nouvelles règles sont pour les banques et une autre."));
    assertEquals("es", LanguageDetector.detect("El gobierno dijo que las nuevas reglas se aplican a los bancos y para el país."));
  }

  @Test
  void givesUpOnTooLittleText() {
    assertNull(LanguageDetector.detect("ok"));
    assertNull(LanguageDetector.detect(""));
    assertNull(LanguageDetector.detect(null));
  }
}
