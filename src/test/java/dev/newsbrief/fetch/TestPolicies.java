package dev.newsbrief.fetch;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/** Policies for loopback tests: short timeouts, the test server's port open where a test needs it. */
final class TestPolicies {
  private TestPolicies() {
  }

  /** Defaults, but {@code 127.0.0.1:port} may be reached. */
  static FetchPolicy allowing(int port) {
    return FetchPolicy.defaults().withAllowPrivate(Set.of("127.0.0.1:" + port));
  }

  /** Defaults with {@code port} open to every public host and no private address allowed. */
  static FetchPolicy portOpen(int port) {
    Set<Integer> ports = new HashSet<>(Set.of(80, 443));
    ports.add(port);
    FetchPolicy d = FetchPolicy.defaults();
    return new FetchPolicy(Set.of(), ports, d.connectTimeout(), d.callTimeout(), d.maxBodyBytes(),
        d.maxRedirects(), d.userAgent(), d.acceptLanguage());
  }

  static FetchPolicy withCallTimeout(FetchPolicy p, Duration callTimeout) {
    return new FetchPolicy(p.allowPrivate(), p.allowedPorts(), p.connectTimeout(), callTimeout,
        p.maxBodyBytes(), p.maxRedirects(), p.userAgent(), p.acceptLanguage());
  }

  static FetchPolicy withMaxBody(FetchPolicy p, long maxBodyBytes) {
    return new FetchPolicy(p.allowPrivate(), p.allowedPorts(), p.connectTimeout(), p.callTimeout(),
        maxBodyBytes, p.maxRedirects(), p.userAgent(), p.acceptLanguage());
  }
}
