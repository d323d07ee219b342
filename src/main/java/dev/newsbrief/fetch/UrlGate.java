package dev.newsbrief.fetch;

import dev.newsbrief.fetch.FetchException.Reason;
import okhttp3.HttpUrl;

/**
 * Turns a link (typed by a user or found in a Location header) into the {@link HttpUrl} OkHttp will
 * fetch, refusing other schemes, credentials, off-limits literal addresses and ports. Numeric IPv4
 * hosts are rewritten to their dotted form, so the address checked is the address dialled.
 */
final class UrlGate {
  private final AddressGuard guard;

  UrlGate(AddressGuard guard) {
    this.guard = guard;
  }

  /** The checked URL; {@code shown} is how the link appears in messages. */
  HttpUrl check(String link, String shown) throws FetchException {
    HttpUrl url = HttpUrl.parse(link.trim());
    if (url == null) {
      throw new FetchException(Reason.BAD_URL, shown, shown + ": " + unparseable(link.trim()));
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new FetchException(Reason.BAD_URL, shown,
          shown + ": links with a user name or password are not accepted");
    }
    url = dottedIpv4(url, shown);
    try {
      guard.checkHost(url.host(), url.port());
    } catch (AddressRefusedException e) {
      throw new FetchException(Reason.REFUSED, shown, 0, null, e.getMessage(), null);
    }
    return url;
  }

  private static HttpUrl dottedIpv4(HttpUrl url, String shown) throws FetchException {
    String host = url.host();
    if (host.indexOf(':') >= 0 || !IpLiteralCodec.endsInNumber(host)) {
      return url;
    }
    byte[] address = IpLiteralCodec.parseIpv4(host);
    if (address == null) {
      throw new FetchException(Reason.BAD_URL, shown, shown + ": not a valid address");
    }
    String dotted = IpLiteralCodec.format(address);
    return dotted.equals(host) ? url : url.newBuilder().host(dotted).build();
  }

  private static String unparseable(String link) {
    int colon = link.indexOf(':');
    String scheme = colon > 0 ? link.substring(0, colon) : "";
    boolean hasScheme = !scheme.isEmpty() && scheme.chars().allMatch(
        c -> Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.');
    if (hasScheme && !scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
      return "only http and https links can be read";
    }
    return "not a valid link";
  }
}
