package dev.newsbrief.digest;

import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * The cache key for a URL: lower-case scheme and host, default port dropped, no fragment, and no tracking
 * parameters ({@code utm_*}, {@code fbclid}, {@code gclid} and the like). Other parameters keep their order.
 */
public final class UrlCanonicalizer {
  private static final Set<String> TRACKING = Set.of(
      "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "mc_cid", "mc_eid", "igshid",
      "_hsenc", "_hsmi", "mkt_tok", "ref_src", "ref_url", "spm", "share_token", "scene",
      "cmpid", "ocid", "__twitter_impression", "s_cid", "ncid", "sr_share", "wt.mc_id");

  private UrlCanonicalizer() {
  }

  /** The canonical form of {@code url}, or the input stripped of its fragment when it does not parse. */
  public static String canonicalize(String url) {
    HttpUrl parsed = HttpUrl.parse(url.strip());
    if (parsed == null) {
      int hash = url.indexOf('#');
      return (hash >= 0 ? url.substring(0, hash) : url).strip();
    }
    HttpUrl.Builder builder = parsed.newBuilder().fragment(null);
    for (String name : parsed.queryParameterNames()) {
      if (isTracking(name)) {
        builder.removeAllQueryParameters(name);
      }
    }
    HttpUrl result = builder.build();
    if (result.querySize() == 0 && result.encodedQuery() != null) {
      result = result.newBuilder().query(null).build();
    }
    return result.toString();
  }

  static boolean isTracking(String parameter) {
    String name = parameter.toLowerCase(Locale.ROOT);
    return name.startsWith("utm_") || TRACKING.contains(name);
  }
}
