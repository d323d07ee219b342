package dev.newsbrief.fetch;

/**
 * Reads and writes IP address literals without ever touching DNS. IPv4 follows the WHATWG URL rules
 * (browsers read {@code 0x7f.1}, {@code 0177.0.0.1} and {@code 2130706433} as 127.0.0.1), so a host
 * we validate is the host we connect to.
 */
final class IpLiteralCodec {
  private IpLiteralCodec() {
  }

  /** True when the host's last label is a number, which makes it an IPv4 address (or an invalid one). */
  static boolean endsInNumber(String host) {
    String[] labels = labels(host);
    String last = labels[labels.length - 1];
    if (last.isEmpty()) {
      return false;
    }
    if (last.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return true;
    }
    return (last.startsWith("0x") || last.startsWith("0X"))
        && last.substring(2).chars().allMatch(c -> isHex(c));
  }

  /** The 4 bytes of a WHATWG IPv4 host, or null when it is not a valid one. */
  static byte[] parseIpv4(String host) {
    String[] parts = labels(host);
    if (parts.length > 4) {
      return null;
    }
    long[] numbers = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      numbers[i] = parseNumber(parts[i]);
      if (numbers[i] < 0 || (i < parts.length - 1 && numbers[i] > 255)) {
        return null;
      }
    }
    long last = numbers[parts.length - 1];
    if (last >= 1L << (8 * (5 - parts.length))) {
      return null;
    }
    long value = last;
    for (int i = 0; i < parts.length - 1; i++) {
      value += numbers[i] << (8 * (3 - i));
    }
    return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
  }

  /** The 16 bytes of an IPv6 literal (no brackets, no zone; a trailing dotted quad is allowed), or null. */
  static byte[] parseIpv6(String text) {
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    byte[] head = gap < 0 ? groups(text, true) : groups(text.substring(0, gap), false);
    byte[] tail = gap < 0 ? new byte[0] : groups(text.substring(gap + 2), true);
    if (head == null || tail == null) {
      return null;
    }
    int total = head.length + tail.length;
    if (gap < 0 ? total != 16 : total > 14) {
      return null;
    }
    byte[] out = new byte[16];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(tail, 0, out, 16 - tail.length, tail.length);
    return out;
  }

  /** Either form: IPv6 when the text holds a colon, else WHATWG IPv4 when it ends in a number; null otherwise. */
  static byte[] parse(String host) {
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (bare.indexOf(':') >= 0) {
      return parseIpv6(bare);
    }
    return endsInNumber(bare) ? parseIpv4(bare) : null;
  }

  /** The address with an IPv4-mapped IPv6 form folded to its 4 IPv4 bytes, so equal addresses compare equal. */
  static byte[] canonical(byte[] address) {
    boolean mapped = address.length == 16 && address[10] == (byte) 0xff && address[11] == (byte) 0xff
        && java.util.Arrays.equals(address, 0, 10, new byte[10], 0, 10);
    return mapped ? java.util.Arrays.copyOfRange(address, 12, 16) : address;
  }

  /** Dotted quad for 4 bytes; RFC 5952 text (longest zero run as {@code ::}) for 16. */
  static String format(byte[] address) {
    if (address.length == 4) {
      return (address[0] & 0xff) + "." + (address[1] & 0xff) + "." + (address[2] & 0xff) + "."
          + (address[3] & 0xff);
    }
    int[] words = new int[8];
    for (int i = 0; i < 8; i++) {
      words[i] = ((address[2 * i] & 0xff) << 8) | (address[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; i++) {
      int j = i;
      while (j < 8 && words[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLength - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(words[i]));
    }
    return out.toString();
  }

  private static boolean isHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static String[] labels(String host) {
    String trimmed = host.endsWith(".") && host.length() > 1 ? host.substring(0, host.length() - 1) : host;
    return trimmed.split("\\.", -1);
  }

  /** A WHATWG IPv4 number: decimal, 0x-hex or 0-octal; -1 when invalid or absurdly long. */
  private static long parseNumber(String part) {
    int radix = 10;
    String digits = part;
    if (part.startsWith("0x") || part.startsWith("0X")) {
      radix = 16;
      digits = part.substring(2);
    } else if (part.length() > 1 && part.startsWith("0")) {
      radix = 8;
      digits = part.substring(1);
    }
    if (digits.isEmpty()) {
      return radix == 10 ? -1 : 0;
    }
    if (digits.length() > 12 || !digits.chars().allMatch(IpLiteralCodec::isHex)) {
      return -1;
    }
    try {
      return Long.parseLong(digits, radix);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Bytes of colon-separated hex groups; {@code allowQuad} lets the last group be a dotted IPv4. */
  private static byte[] groups(String text, boolean allowQuad) {
    if (text.isEmpty()) {
      return new byte[0];
    }
    String[] parts = text.split(":", -1);
    byte[] out = new byte[parts.length * 2 + 2];
    int length = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (allowQuad && i == parts.length - 1 && part.indexOf('.') >= 0) {
        byte[] quad = part.matches("\\d{1,3}(\\.\\d{1,3}){3}") ? parseIpv4(part) : null;
        if (quad == null) {
          return null;
        }
        System.arraycopy(quad, 0, out, length, 4);
        length += 4;
      } else if (part.length() >= 1 && part.length() <= 4 && part.chars().allMatch(c -> isHex(c))) {
        int word = Integer.parseInt(part, 16);
        out[length++] = (byte) (word >>> 8);
        out[length++] = (byte) word;
      } else {
        return null;
      }
    }
    return java.util.Arrays.copyOf(out, length);
  }
}
