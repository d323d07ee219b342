package dev.newsbrief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DateNormalizerTest {

  @Test
  void keepsIsoDateTimeWithOffset() {
    assertEquals("2021-03-05T10:20:00+08:00", DateNormalizer.normalize("2021-03-05T10:20:00+08:00"));
    assertEquals("2021-03-05T10:20:00Z", DateNormalizer.normalize("2021-03-05T10:20:00.000Z"));
    assertEquals("2021-03-05T10:20:00+08:00", DateNormalizer.normalize("2021-03-05T10:20:00+0800"));
  }

  @Test
  void readsChineseDateText() {
    assertEquals("2021-03-05T10:20:00", DateNormalizer.normalize("2021年3月5日 10:20"));
    assertEquals("2021-03-05", DateNormalizer.find("发布时间：2021年3月5日 来源：新华社"));
  }

  @Test
  void readsNumericAndEnglishDates() {
    assertEquals("2021-03-05", DateNormalizer.normalize("2021/3/5"));
    assertEquals("2021-03-05T10:20:00", DateNormalizer.normalize("2021-03-05 10:20"));
    assertEquals("2021-03-05", DateNormalizer.find("Published March 5th, 2021 by the desk"));
    assertEquals("2021-03-05", DateNormalizer.find("5 Mar 2021"));
    assertEquals("2021-03-05T10:20:00Z", DateNormalizer.normalize("Fri, 05 Mar 2021 10:20:00 GMT"));
  }

  @Test
  void rejectsImpossibleOrMissingDates() {
    assertNull(DateNormalizer.normalize("2021-13-45"));
    assertNull(DateNormalizer.normalize("yesterday"));
    assertNull(DateNormalizer.normalize(null));
  }
}
