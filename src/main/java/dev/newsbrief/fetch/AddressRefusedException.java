package dev.newsbrief.fetch;

import java.net.UnknownHostException;

/**
 * Raised inside OkHttp by {@link GuardedDns} and {@link GuardedSocketFactory} when an address or port is
 * off limits. It extends {@link UnknownHostException} only because {@code Dns.lookup} may throw nothing
 * else; the message is the user-facing line, e.g. {@code refused: 10.0.0.5 is a private address}.
 */
final class AddressRefusedException extends UnknownHostException {
  private static final long serialVersionUID = 1L;

  AddressRefusedException(String message) {
    super(message);
  }

  static AddressRefusedException address(byte[] address, String kind) {
    return new AddressRefusedException("refused: " + IpLiteralCodec.format(address) + " is " + kind);
  }

  static AddressRefusedException port(int port) {
    return new AddressRefusedException("refused: port " + port + " is not allowed");
  }
}
