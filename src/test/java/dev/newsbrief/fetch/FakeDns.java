package dev.newsbrief.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Dns;

/** A resolver that knows only the names a test gives it, so no test ever asks the real DNS. */
final class FakeDns implements Dns {
  private final Map<String, List<InetAddress>> names = new HashMap<>();

  FakeDns with(String name, String... literals) {
    List<InetAddress> addresses = new java.util.ArrayList<>();
    for (String literal : literals) {
      try {
        addresses.add(InetAddress.getByAddress(name, IpLiteralCodec.parse(literal)));
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException(literal, e);
      }
    }
    names.put(name, List.copyOf(addresses));
    return this;
  }

  @Override
  public synchronized List<InetAddress> lookup(String hostname) throws UnknownHostException {
    List<InetAddress> addresses = names.get(hostname);
    if (addresses == null) {
      throw new UnknownHostException(hostname + " is not in the test's DNS");
    }
    return addresses;
  }
}
