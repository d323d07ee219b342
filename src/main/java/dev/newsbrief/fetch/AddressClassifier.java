package dev.newsbrief.fetch;

import java.util.Arrays;
import java.util.List;

/**
 * Says whether an address is on the public internet, from explicit CIDR tables rather than
 * {@code InetAddress.isXxx()}, which miss CGNAT, ULA, NAT64 and IPv4-compatible forms. IPv6 forms
 * that carry an IPv4 address (mapped, compatible, NAT64, 6to4, Teredo) are judged by that address.
 */
final class AddressClassifier {
  private static final String PRIVATE = "a private address";
  private static final String RESERVED = "a reserved address";
  private static final String DOCUMENTATION = "a documentation address";
  private static final String METADATA = "a cloud metadata address";

  /** First match wins, so single metadata addresses come before the blocks holding them. */
  private static final List<CidrBlock> IPV4 = List.of(
      CidrBlock.of("169.254.169.254/32", METADATA),
      CidrBlock.of("100.100.100.200/32", METADATA),
      CidrBlock.of("255.255.255.255/32", "a broadcast address"),
      CidrBlock.of("0.0.0.0/8", "an unspecified address"),
      CidrBlock.of("10.0.0.0/8", PRIVATE),
      CidrBlock.of("100.64.0.0/10", "a carrier-grade NAT address"),
      CidrBlock.of("127.0.0.0/8", "a loopback address"),
      CidrBlock.of("169.254.0.0/16", "a link-local address"),
      CidrBlock.of("172.16.0.0/12", PRIVATE),
      CidrBlock.of("192.0.0.0/24", RESERVED),
      CidrBlock.of("192.0.2.0/24", DOCUMENTATION),
      CidrBlock.of("192.88.99.0/24", RESERVED),
      CidrBlock.of("192.168.0.0/16", PRIVATE),
      CidrBlock.of("198.18.0.0/15", "a benchmarking address"),
      CidrBlock.of("198.51.100.0/24", DOCUMENTATION),
      CidrBlock.of("203.0.113.0/24", DOCUMENTATION),
      CidrBlock.of("224.0.0.0/4", "a multicast address"),
      CidrBlock.of("240.0.0.0/4", RESERVED));

  private static final List<CidrBlock> IPV6 = List.of(
      CidrBlock.of("fd00:ec2::254/128", METADATA),
      CidrBlock.of("::/128", "an unspecified address"),
      CidrBlock.of("::1/128", "a loopback address"),
      CidrBlock.of("100::/64", RESERVED),
      CidrBlock.of("2001:2::/48", "a benchmarking address"),
      CidrBlock.of("2001:10::/28", RESERVED),
      CidrBlock.of("2001:20::/28", RESERVED),
      CidrBlock.of("2001:db8::/32", DOCUMENTATION),
      CidrBlock.of("3fff::/20", DOCUMENTATION),
      CidrBlock.of("fc00::/7", PRIVATE),
      CidrBlock.of("fe80::/10", "a link-local address"),
      CidrBlock.of("fec0::/10", PRIVATE),
      CidrBlock.of("ff00::/8", "a multicast address"));

  /** Global unicast: any other IPv6 address is not on the public internet. */
  private static final CidrBlock GLOBAL_UNICAST = CidrBlock.of("2000::/3", null);
  private static final CidrBlock MAPPED = CidrBlock.of("::ffff:0:0/96", null);
  private static final CidrBlock TRANSLATED = CidrBlock.of("::ffff:0:0:0/96", null);
  private static final CidrBlock COMPATIBLE = CidrBlock.of("::/96", null);
  private static final CidrBlock NAT64 = CidrBlock.of("64:ff9b::/96", null);
  private static final CidrBlock NAT64_LOCAL = CidrBlock.of("64:ff9b:1::/48", null);
  private static final CidrBlock TEREDO = CidrBlock.of("2001::/32", null);
  private static final CidrBlock SIX_TO_FOUR = CidrBlock.of("2002::/16", null);

  private AddressClassifier() {
  }

  /** What keeps {@code address} (4 or 16 bytes) off limits, e.g. "a loopback address"; null when public. */
  static String kindOf(byte[] address) {
    return address.length == 4 ? kindOfIpv4(address) : kindOfIpv6(address);
  }

  private static String kindOfIpv4(byte[] address) {
    for (CidrBlock block : IPV4) {
      if (block.contains(address)) {
        return block.kind();
      }
    }
    return null;
  }

  private static String kindOfIpv6(byte[] address) {
    byte[] embedded = embeddedIpv4(address);
    if (embedded != null) {
      return kindOfIpv4(embedded);
    }
    for (CidrBlock block : IPV6) {
      if (block.contains(address)) {
        return block.kind();
      }
    }
    if (NAT64_LOCAL.contains(address)) {
      // RFC 8215 local-use prefix: translates into the operator's own network, like a ULA.
      String inner = kindOfIpv4(last32(address));
      return inner != null ? inner : PRIVATE;
    }
    return GLOBAL_UNICAST.contains(address) ? null : RESERVED;
  }

  /** The IPv4 address an IPv6 transition form carries, or null for a native IPv6 address. */
  static byte[] embeddedIpv4(byte[] address) {
    if (MAPPED.contains(address) || TRANSLATED.contains(address) || NAT64.contains(address)) {
      return last32(address);
    }
    if (COMPATIBLE.contains(address)) {
      // :: and ::1 are IPv6's own unspecified and loopback addresses, not wrapped IPv4.
      boolean unspecifiedOrLoopback = (address[15] & 0xff) <= 1 && address[12] == 0 && address[13] == 0
          && address[14] == 0;
      return unspecifiedOrLoopback ? null : last32(address);
    }
    if (TEREDO.contains(address)) {
      byte[] client = last32(address);
      for (int i = 0; i < 4; i++) {
        client[i] = (byte) ~client[i];
      }
      return client;
    }
    if (SIX_TO_FOUR.contains(address)) {
      return Arrays.copyOfRange(address, 2, 6);
    }
    return null;
  }

  private static byte[] last32(byte[] address) {
    return Arrays.copyOfRange(address, 12, 16);
  }
}
