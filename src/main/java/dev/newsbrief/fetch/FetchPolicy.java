package dev.newsbrief.fetch;

import java.time.Duration;
import java.util.Set;

/**
 * Limits and permissions for fetching untrusted URLs.
 *
 * @param allowPrivate   {@code host} or {@code host:port} entries that may be reached although private or
 *                       loopback ({@code host} on the allowed ports, {@code host:port} on that port only);
 *                       {@code *} allows every address and port
 * @param allowedPorts   ports any public host may be fetched on (80 and 443 by default)
 * @param connectTimeout per connection attempt
 * @param callTimeout    the whole call, redirects and body included
 * @param maxBodyBytes   cap on decoded body bytes; reading stops there
 * @param maxRedirects   redirects followed at most
 * @param userAgent      sent with every request
 * @param acceptLanguage sent with every request
 */
public record FetchPolicy(
    Set<String> allowPrivate,
    Set<Integer> allowedPorts,
    Duration connectTimeout,
    Duration callTimeout,
    long maxBodyBytes,
    int maxRedirects,
    String userAgent,
    String acceptLanguage) {

  public static final String DEFAULT_USER_AGENT =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36"
          + " newsbrief/0.1";

  public FetchPolicy {
    allowPrivate = Set.copyOf(allowPrivate);
    allowedPorts = Set.copyOf(allowedPorts);
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must be >= 0: " + maxRedirects);
    }
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be > 0: " + maxBodyBytes);
    }
  }

  /** The defaults: no private addresses, ports 80/443, 10 s connect, 20 s per call, 5 MiB, 5 redirects. */
  public static FetchPolicy defaults() {
    return new FetchPolicy(Set.of(), Set.of(80, 443), Duration.ofSeconds(10), Duration.ofSeconds(20),
        5L * 1024 * 1024, 5, DEFAULT_USER_AGENT, "en-US,en;q=0.9,zh-CN;q=0.8,zh;q=0.7,ru;q=0.6");
  }

  /** A copy that may reach the given private hosts ({@code host}, {@code host:port} or {@code *}). */
  public FetchPolicy withAllowPrivate(Set<String> hosts) {
    return new FetchPolicy(hosts, allowedPorts, connectTimeout, callTimeout, maxBodyBytes, maxRedirects,
        userAgent, acceptLanguage);
  }
}
