package dev.newsbrief.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {
  @Test
  void lowerCasesSchemeAndHostAndDropsFragmentAndDefaultPort() {
    assertEquals("https://news.example.com/Story/1",
        UrlCanonicalizer.canonicalize("HTTPS://News.Example.COM:443/Story/1#comments"));
  }

  @Test
  void dropsTrackingParametersAndKeepsTheRestInOrder() {
    assertEquals("https://x.example/a?id=7&page=2",
        UrlCanonicalizer.canonicalize("https://x.example/a?utm_source=tg&id=7&fbclid=abc&page=2&UTM_Campaign=x"));
  }

  @Test
  void dropsAnEmptyQuery() {
    assertEquals("https://x.example/a", UrlCanonicalizer.canonicalize("https://x.example/a?utm_medium=social"));
  }

  @Test
  void leavesUnparseableInputAloneButForTheFragment() {
    assertEquals("not a url", UrlCanonicalizer.canonicalize("not a url#x"));
  }
}
