package dev.newsbrief.fetch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Guesses the charset of bytes that declare none: UTF-8 when they are valid UTF-8, else Mozilla's
 * statistical detector, else GB18030 for CJK-looking double bytes and windows-1252 for the rest.
 */
final class CharsetGuesser {
  /** The detector settles long before this; feeding it a whole page only costs time. */
  private static final int DETECTOR_BYTES = 64 * 1024;

  private CharsetGuesser() {
  }

  static Charset guess(byte[] bytes, int offset) {
    if (isUtf8(bytes, offset)) {
      return StandardCharsets.UTF_8;
    }
    Charset detected = CharsetLabels.forLabel(detect(bytes, offset));
    if (detected != null && !CharsetLabels.isWide(detected)) {
      return detected;
    }
    return looksLikeDoubleByteCjk(bytes, offset) ? CharsetLabels.forLabel("gb18030")
        : CharsetLabels.forLabel("windows-1252");
  }

  /** True when the bytes are well-formed UTF-8; a sequence cut short by the body cap at the very end is fine. */
  static boolean isUtf8(byte[] bytes, int offset) {
    return utf8Sequences(bytes, offset) >= 0;
  }

  /**
   * How many multi-byte sequences the bytes hold when they are well-formed UTF-8 (a sequence cut short by the
   * body cap at the very end is fine), or -1 when they are not UTF-8.
   */
  static int utf8Sequences(byte[] bytes, int offset) {
    int sequences = 0;
    int i = offset;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
      if (length == 0) {
        return -1;
      }
      for (int k = 1; k < length; k++) {
        if (i + k >= bytes.length) {
          return sequences;
        }
        if ((bytes[i + k] & 0xc0) != 0x80 || !secondByteFits(b, bytes[i + 1] & 0xff)) {
          return -1;
        }
      }
      sequences++;
      i += length;
    }
    return sequences;
  }

  /** Rejects overlong forms, surrogates and code points past U+10FFFF. */
  private static boolean secondByteFits(int lead, int second) {
    return switch (lead) {
      case 0xe0 -> second >= 0xa0;
      case 0xed -> second <= 0x9f;
      case 0xf0 -> second >= 0x90;
      case 0xf4 -> second <= 0x8f;
      default -> true;
    };
  }

  private static String detect(byte[] bytes, int offset) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, offset, Math.min(bytes.length - offset, DETECTOR_BYTES));
    detector.dataEnd();
    return detector.getDetectedCharset();
  }

  /** True when most high bytes pair up as GBK lead and trail bytes. */
  private static boolean looksLikeDoubleByteCjk(byte[] bytes, int offset) {
    int high = 0;
    int paired = 0;
    int end = Math.min(bytes.length, offset + DETECTOR_BYTES);
    for (int i = offset; i < end; i++) {
      int b = bytes[i] & 0xff;
      if (b < 0x80) {
        continue;
      }
      high++;
      int next = i + 1 < end ? bytes[i + 1] & 0xff : -1;
      if (b >= 0x81 && b <= 0xfe && next >= 0x40 && next <= 0xfe && next != 0x7f) {
        paired += 2;
        high++;
        i++;
      }
    }
    return high > 0 && paired >= high * 0.9;
  }
}
