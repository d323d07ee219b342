package dev.newsbrief.fetch;

import dev.newsbrief.fetch.FetchException.Reason;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** Turns the I/O exceptions OkHttp throws into one human line each, never an exception class name. */
final class FailureTranslator {
  private FailureTranslator() {
  }

  /** The {@link FetchException} for {@code failure} on {@code url}; {@code timedOut} if our deadline passed. */
  static FetchException translate(IOException failure, String url, boolean timedOut) {
    if (failure instanceof FetchException fetch) {
      return fetch;
    }
    AddressRefusedException refused = find(failure, AddressRefusedException.class);
    if (refused != null) {
      return new FetchException(Reason.REFUSED, url, 0, null, refused.getMessage(), failure);
    }
    if (timedOut || failure instanceof InterruptedIOException) {
      return network(Reason.TIMEOUT, url, "the site took too long to answer", failure);
    }
    return network(Reason.NETWORK, url, describe(failure), failure);
  }

  private static String describe(IOException failure) {
    if (failure instanceof UnknownHostException) {
      return "no such host";
    }
    if (failure instanceof NoRouteToHostException) {
      return "could not connect (no route to host)";
    }
    if (failure instanceof ConnectException) {
      return mentions(failure, "refused") ? "could not connect (connection refused)" : "could not connect";
    }
    if (failure instanceof SSLPeerUnverifiedException
        || find(failure, java.security.cert.CertificateException.class) != null) {
      return "the secure connection failed (the site's certificate was not accepted)";
    }
    if (failure instanceof SSLException) {
      return "the secure connection failed";
    }
    if (failure instanceof ProtocolException) {
      return "the site sent a malformed answer";
    }
    return "the connection failed";
  }

  /** True when the message of {@code failure} or of one of its causes contains {@code word}. */
  private static boolean mentions(Throwable failure, String word) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static FetchException network(Reason reason, String url, String what, IOException cause) {
    return new FetchException(reason, url, 0, null, url + ": " + what, cause);
  }

  /** The first {@code type} among the causes and suppressed exceptions of {@code root}, or null. */
  private static <T extends Throwable> T find(Throwable root, Class<T> type) {
    Deque<Throwable> pending = new ArrayDeque<>();
    Set<Throwable> seen = new HashSet<>();
    pending.add(root);
    while (!pending.isEmpty()) {
      Throwable next = pending.poll();
      if (!seen.add(next)) {
        continue;
      }
      if (type.isInstance(next)) {
        return type.cast(next);
      }
      if (next.getCause() != null) {
        pending.add(next.getCause());
      }
      pending.addAll(java.util.List.of(next.getSuppressed()));
    }
    return null;
  }
}
