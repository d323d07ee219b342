package dev.newsbrief.fetch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decodes page bytes, fetched or read from a file, choosing the charset as browsers do: a byte-order
 * mark wins; then the Content-Type label; then a {@code <meta>} or XML declaration in the first 8 KB;
 * then UTF-8 if the bytes are valid UTF-8; then a statistical detector. Labels are mapped by the WHATWG
 * table ({@code gb2312} and {@code gbk} decode as GB18030, {@code iso-8859-1} as windows-1252), and an
 * unknown label is ignored. Stateless and thread-safe; linear in the input, no regular expressions.
 */
public final class PageDecoder {
  private PageDecoder() {
  }

  /**
   * The charset to decode {@code bytes} with.
   *
   * @param declared the Content-Type {@code charset} label, or null when there is none
   */
  public static Charset detect(byte[] bytes, String declared) {
    Charset fromBom = fromBom(bytes);
    if (fromBom != null) {
      return fromBom;
    }
    Charset fromHeader = CharsetLabels.forLabel(declared);
    if (fromHeader != null) {
      return fromHeader;
    }
    Charset fromMeta = CharsetLabels.forLabel(MetaCharsetScanner.declaredLabel(bytes, 0));
    if (fromMeta != null) {
      // the page was readable as ASCII to find this <meta>, so it cannot really be UTF-16
      return CharsetLabels.isWide(fromMeta) ? StandardCharsets.UTF_8 : fromMeta;
    }
    return CharsetGuesser.guess(bytes, 0);
  }

  /**
   * The decoded text of {@code bytes}, without a byte-order mark.
   *
   * @param declared the Content-Type {@code charset} label, or null when there is none
   */
  public static String decode(byte[] bytes, String declared) {
    return decodeWith(bytes, detect(bytes, declared));
  }

  /** {@code bytes} decoded with {@code charset}, skipping a byte-order mark; malformed input becomes U+FFFD. */
  static String decodeWith(byte[] bytes, Charset charset) {
    int offset = fromBom(bytes) != null ? ContentType.bomLength(bytes) : 0;
    if (charset.name().equals("GB18030")) {
      return Gb18030Decoder.decode(bytes, offset);
    }
    return new String(bytes, offset, bytes.length - offset, charset);
  }

  private static Charset fromBom(byte[] bytes) {
    int bom = ContentType.bomLength(bytes);
    if (bom == 3) {
      return StandardCharsets.UTF_8;
    }
    if (bom == 2) {
      return (bytes[0] & 0xff) == 0xfe ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }
    return null;
  }
}
