package dev.newsbrief.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import okhttp3.Dns;
import okhttp3.HttpUrl;

/**
 * The policy's permissions: ports open to every public host, and {@code allowPrivate} entries
 * ({@code host}, {@code host:port}, {@code [v6]:port} or {@code *}). An entry without a port covers
 * the generally allowed ports; one with a port covers exactly that port (least privilege: allowing
 * {@code 127.0.0.1:8080} must not open whatever else listens on 127.0.0.1:80). Entries match a URL's
 * host as written, the same literal address, or, at connect time, an address the entry's name resolves to.
 */
final class AllowList {
  private record Entry(String host, byte[] literal, int port) {
  }

  private final boolean everything;
  private final List<Entry> entries;
  private final Set<Integer> ports;
  private final Dns resolver;

  private AllowList(boolean everything, List<Entry> entries, Set<Integer> ports, Dns resolver) {
    this.everything = everything;
    this.entries = entries;
    this.ports = ports;
    this.resolver = resolver;
  }

  /** Parses the policy's entries; a malformed entry is a configuration error. */
  static AllowList of(FetchPolicy policy, Dns resolver) {
    List<Entry> entries = new ArrayList<>();
    boolean everything = false;
    for (String raw : policy.allowPrivate()) {
      String text = raw.trim().toLowerCase(java.util.Locale.ROOT);
      if (text.equals("*")) {
        everything = true;
      } else {
        entries.add(parse(text, raw));
      }
    }
    return new AllowList(everything, List.copyOf(entries), policy.allowedPorts(), resolver);
  }

  boolean allowsEverything() {
    return everything;
  }

  /** True when any public host may be fetched on {@code port}. */
  boolean permitsPort(int port) {
    return everything || ports.contains(port);
  }

  /** True when an entry names {@code host} (as the URL writes it, or the same literal) on any port. */
  boolean namesHost(String host) {
    return everything || entries.stream().anyMatch(e -> sameHost(e, host));
  }

  /** True when an entry names {@code host} (as the URL writes it, or the same literal) for {@code port}. */
  boolean permitsHost(String host, int port) {
    return everything || entries.stream().anyMatch(e -> sameHost(e, host) && covers(e, port));
  }

  /** True when an entry's host is {@code address} literally, or resolves to it, for {@code port}. */
  boolean permitsAddress(byte[] address, int port) {
    if (everything) {
      return true;
    }
    byte[] wanted = IpLiteralCodec.canonical(address);
    for (Entry entry : entries) {
      if (covers(entry, port) && resolvesTo(entry, wanted)) {
        return true;
      }
    }
    return false;
  }

  private boolean covers(Entry entry, int port) {
    return entry.port() == port || (entry.port() < 0 && ports.contains(port));
  }

  private static boolean sameHost(Entry entry, String host) {
    if (entry.literal() == null) {
      return entry.host().equals(host);
    }
    byte[] literal = IpLiteralCodec.parse(host);
    return literal != null
        && Arrays.equals(IpLiteralCodec.canonical(literal), IpLiteralCodec.canonical(entry.literal()));
  }

  private boolean resolvesTo(Entry entry, byte[] wanted) {
    if (entry.literal() != null) {
      return Arrays.equals(IpLiteralCodec.canonical(entry.literal()), wanted);
    }
    try {
      for (InetAddress resolved : resolver.lookup(entry.host())) {
        if (Arrays.equals(IpLiteralCodec.canonical(resolved.getAddress()), wanted)) {
          return true;
        }
      }
    } catch (UnknownHostException e) {
      // An entry that does not resolve allows nothing; the connection is judged on its own.
    }
    return false;
  }

  private static Entry parse(String text, String raw) {
    String host = text;
    int port = -1;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("allowPrivate entry has no closing ']': " + raw);
      }
      host = text.substring(1, close);
      port = text.length() > close + 1 ? port(text.substring(close + 1), raw) : -1;
    } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
      host = text.substring(0, text.indexOf(':'));
      port = port(text.substring(text.indexOf(':')), raw);
    }
    byte[] literal = IpLiteralCodec.parse(host);
    if (literal == null) {
      HttpUrl url = HttpUrl.parse("http://" + host + "/");
      if (url == null || host.isEmpty()) {
        throw new IllegalArgumentException("allowPrivate entry is not a host name: " + raw);
      }
      host = url.host();
    }
    return new Entry(host, literal, port);
  }

  private static int port(String colonAndPort, String raw) {
    try {
      int port = Integer.parseInt(colonAndPort.substring(1));
      if (colonAndPort.charAt(0) == ':' && port > 0 && port < 65536) {
        return port;
      }
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      // fall through to the error naming the entry
    }
    throw new IllegalArgumentException("allowPrivate entry has a bad port: " + raw);
  }
}
