package dev.newsbrief.fetch;

/**
 * An address range such as {@code 10.0.0.0/8} and the short noun a refusal uses for it.
 *
 * @param network the range's first address, 4 or 16 bytes
 * @param bits    the prefix length
 * @param kind    what an address in the range is, e.g. {@code "a private address"}
 */
record CidrBlock(byte[] network, int bits, String kind) {

  /** Parses {@code "10.0.0.0/8"} or {@code "fc00::/7"}; misuse (a bad literal) is a programming error. */
  static CidrBlock of(String cidr, String kind) {
    int slash = cidr.indexOf('/');
    byte[] network = IpLiteralCodec.parse(cidr.substring(0, slash));
    if (network == null) {
      throw new IllegalArgumentException("not a CIDR block: " + cidr);
    }
    return new CidrBlock(network, Integer.parseInt(cidr.substring(slash + 1)), kind);
  }

  /** True when {@code address} (same family) lies in this block. */
  boolean contains(byte[] address) {
    if (address.length != network.length) {
      return false;
    }
    int whole = bits / 8;
    for (int i = 0; i < whole; i++) {
      if (address[i] != network[i]) {
        return false;
      }
    }
    int rest = bits % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xff << (8 - rest)) & 0xff;
    return (address[whole] & mask) == (network[whole] & mask);
  }
}
