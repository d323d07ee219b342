package dev.newsbrief.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a host, a resolved address or a socket endpoint may be reached: public addresses on
 * allowed ports, and whatever the {@link AllowList} permits. Stateless and thread-safe.
 */
final class AddressGuard {
  private final AllowList allowList;

  AddressGuard(AllowList allowList) {
    this.allowList = allowList;
  }

  /** Checks a URL's host (a name or a canonical literal) and port before anything is resolved. */
  void checkHost(String host, int port) throws AddressRefusedException {
    if (allowList.permitsHost(host, port)) {
      return;
    }
    byte[] literal = IpLiteralCodec.parse(host);
    String kind = literal == null ? null : AddressClassifier.kindOf(literal);
    if (kind != null) {
      throw AddressRefusedException.address(literal, kind);
    }
    if (!allowList.permitsPort(port)) {
      throw AddressRefusedException.port(port);
    }
  }

  /** The public addresses among {@code resolved}; all of them when the name itself is allowed. */
  List<InetAddress> checkResolved(String host, List<InetAddress> resolved) throws AddressRefusedException {
    if (allowList.namesHost(host)) {
      return resolved;
    }
    List<InetAddress> usable = new ArrayList<>();
    for (InetAddress address : resolved) {
      if (AddressClassifier.kindOf(address.getAddress()) == null) {
        usable.add(address);
      }
    }
    if (usable.isEmpty() && !resolved.isEmpty()) {
      byte[] first = resolved.get(0).getAddress();
      throw AddressRefusedException.address(first, AddressClassifier.kindOf(first));
    }
    return usable;
  }

  /** Checks the endpoint a socket is about to connect to: the last word, whatever DNS or the URL said. */
  void checkConnect(InetSocketAddress endpoint) throws AddressRefusedException {
    if (allowList.allowsEverything()) {
      return;
    }
    InetAddress address = endpoint.getAddress();
    if (address == null) {
      throw new AddressRefusedException("refused: " + endpoint.getHostString() + " was not resolved");
    }
    byte[] bytes = address.getAddress();
    String kind = AddressClassifier.kindOf(bytes);
    int port = endpoint.getPort();
    if ((kind == null && allowList.permitsPort(port)) || allowList.permitsAddress(bytes, port)) {
      return;
    }
    throw kind != null ? AddressRefusedException.address(bytes, kind) : AddressRefusedException.port(port);
  }
}
