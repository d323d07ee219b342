package dev.newsbrief.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;

/**
 * Resolves names and drops addresses that are off limits, so a name pointing at 10.0.0.5 fails early
 * with a clear message. OkHttp never calls a {@code Dns} for IP literals: {@link GuardedSocketFactory}
 * is the check that cannot be skipped.
 */
final class GuardedDns implements Dns {
  private final Dns delegate;
  private final AddressGuard guard;

  GuardedDns(Dns delegate, AddressGuard guard) {
    this.delegate = delegate;
    this.guard = guard;
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    return guard.checkResolved(hostname, delegate.lookup(hostname));
  }
}
