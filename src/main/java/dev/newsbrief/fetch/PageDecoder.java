package dev.newsbrief.fetch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decodes page bytes, fetched or read from a file, choosing the charset as browsers do: a byte-order
 * mark wins; then the Content-Type label; then a {@code <meta>} or XML declaration in the first 8 KB;
 * then UTF-8 if the bytes are valid UTF-8; then a statistical detector. Unlike a browser, it does not
 * trust a label that names a legacy charset when the bytes are well-formed UTF-8 with several non-ASCII
 * characters: a page re-saved as UTF-8 that kept its old {@code <meta charset=gb2312>}, or a server that
 * labels everything ISO-8859-1, would otherwise turn every Chinese or accented word into mojibake, while
 * text really written in GBK, Shift_JIS or windows-1252 is almost never valid UTF-8 by chance. Labels are mapped by the WHATWG
 * table ({@code gb2312} and {@code gbk} decode as GB18030, {@code iso-8859-1} as windows-1252), and an
 * unknown label is ignored. Stateless and thread-safe; linear in the input, no regular expressions.
 */
public final class PageDecoder {
  /**
   * Non-ASCII characters, all well-formed UTF-8, from which a legacy label is taken to be wrong. Legacy text
   * that happens to be valid UTF-8 is rare for one character ("Â©" in windows-1252) and vanishing for three.
   */
  private static final int MISLABELLED_UTF8_SEQUENCES = 3;

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
      return CharsetLabels.isWide(fromHeader) ? fromHeader : unlessPlainlyUtf8(bytes, fromHeader);
    }
    Charset fromMeta = CharsetLabels.forLabel(MetaCharsetScanner.declaredLabel(bytes, 0));
    if (fromMeta != null) {
      // the page was readable as ASCII to find this <meta>, so it cannot really be UTF-16
      return CharsetLabels.isWide(fromMeta) ? StandardCharsets.UTF_8 : unlessPlainlyUtf8(bytes, fromMeta);
    }
    return CharsetGuesser.guess(bytes, 0);
  }

  /** UTF-8 in place of a declared legacy charset when the bytes are well-formed UTF-8 with non-ASCII text. */
  private static Charset unlessPlainlyUtf8(byte[] bytes, Charset declared) {
    if (declared.equals(StandardCharsets.UTF_8)) {
      return declared;
    }
    return CharsetGuesser.utf8Sequences(bytes, 0) >= MISLABELLED_UTF8_SEQUENCES ? StandardCharsets.UTF_8 : declared;
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
