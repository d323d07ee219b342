package dev.newsbrief.fetch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes GB18030 as browsers do: Java rejects the lone byte 0x80, which Windows code page 936 (what
 * pages labelled {@code gbk} usually are) uses for €; WHATWG decodes it as €.
 */
final class Gb18030Decoder {
  private static final char EURO = '\u20ac';
  private static final char REPLACEMENT = '\ufffd';

  private Gb18030Decoder() {
  }

  static String decode(byte[] bytes, int offset) {
    CharsetDecoder decoder = CharsetLabels.forLabel("gb18030").newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    // GB18030 never yields more chars than bytes (4 bytes at most make a surrogate pair)
    CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        break;
      }
      if (result.isOverflow()) {
        throw new IllegalStateException("GB18030 produced more chars than bytes");
      }
      boolean euro = in.get(in.position()) == (byte) 0x80;
      out.put(euro ? EURO : REPLACEMENT);
      in.position(in.position() + (euro ? 1 : result.length()));
    }
    decoder.flush(out);
    return out.flip().toString();
  }
}
