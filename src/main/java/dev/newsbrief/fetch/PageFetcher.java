package dev.newsbrief.fetch;

import dev.newsbrief.fetch.FetchException.Reason;
import java.io.IOException;
import java.net.Proxy;
import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Fetches untrusted article URLs within a {@link FetchPolicy}: http(s) only, no credentials, no private
 * or otherwise off-limits address (checked on the URL, on DNS answers and on every socket connect),
 * redirects followed by hand and re-checked, one deadline for the whole fetch, and the body capped.
 * A body longer than {@link FetchPolicy#maxBodyBytes()} is cut there and the start is kept.
 *
 * <p>Thread-safe; share one instance: it holds one OkHttpClient.
 */
public final class PageFetcher {
  static final String ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5";

  private final FetchPolicy policy;
  private final OkHttpClient client;
  private final UrlGate gate;
  private final BodyReader bodyReader;

  /** A fetcher resolving names with the system resolver. */
  public PageFetcher(FetchPolicy policy) {
    this(policy, Dns.SYSTEM);
  }

  /**
   * A fetcher resolving names with {@code resolver}, so tests can point names at loopback servers. The
   * guard applies to whatever the resolver answers.
   */
  public PageFetcher(FetchPolicy policy, Dns resolver) {
    this.policy = policy;
    AddressGuard guard = new AddressGuard(AllowList.of(policy, resolver));
    this.gate = new UrlGate(guard);
    this.bodyReader = new BodyReader(policy.maxBodyBytes());
    this.client = new OkHttpClient.Builder()
        .dns(new GuardedDns(resolver, guard))
        .socketFactory(new GuardedSocketFactory(guard))
        .proxy(Proxy.NO_PROXY)
        .followRedirects(false)
        .followSslRedirects(false)
        .connectTimeout(policy.connectTimeout())
        // per read: a stalled site fails fast; a trickling one is stopped by the call deadline
        .readTimeout(policy.connectTimeout())
        .writeTimeout(policy.connectTimeout())
        .callTimeout(policy.callTimeout())
        .build();
  }

  /**
   * Fetches {@code url}, following redirects, and decodes its body.
   *
   * @return the page, with the final URL after redirects
   * @throws FetchException naming the cause in one human line; see {@link FetchException.Reason}
   */
  public FetchedPage fetch(String url) throws FetchException {
    Objects.requireNonNull(url, "url");
    long deadline = System.nanoTime() + policy.callTimeout().toNanos();
    HttpUrl current = gate.check(url, url);
    String shown = url;
    Set<String> visited = new HashSet<>();
    for (int redirects = 0; ; redirects++) {
      visited.add(current.toString());
      Hop hop = fetchHop(current, shown, deadline);
      if (hop.page() != null) {
        return hop.page();
      }
      if (redirects >= policy.maxRedirects()) {
        throw new FetchException(Reason.TOO_MANY_REDIRECTS, url,
            url + ": too many redirects (more than " + policy.maxRedirects() + ")");
      }
      // a loop would only run into the limit more slowly, and the user deserves the real reason
      if (visited.contains(hop.redirect())) {
        throw new FetchException(Reason.TOO_MANY_REDIRECTS, url, url + ": the site redirects in a loop");
      }
      shown = hop.redirect();
      current = gate.check(shown, shown);
    }
  }

  /** One request: a page, or where the site redirects to. */
  private record Hop(FetchedPage page, String redirect) {
  }

  private Hop fetchHop(HttpUrl url, String shown, long deadline) throws FetchException {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw FailureTranslator.translate(new IOException("deadline passed"), shown, true);
    }
    Request request = new Request.Builder().url(url)
        .header("User-Agent", policy.userAgent())
        .header("Accept-Language", policy.acceptLanguage())
        .header("Accept", ACCEPT)
        .build();
    Call call = client.newCall(request);
    // the client's callTimeout covers one request; the fetch's deadline spans all of its hops
    call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
    try (Response response = call.execute()) {
      return read(response, url, shown);
    } catch (IOException e) {
      throw FailureTranslator.translate(e, shown, System.nanoTime() - deadline >= 0);
    }
  }

  private Hop read(Response response, HttpUrl url, String shown) throws IOException {
    int code = response.code();
    String location = response.header("Location");
    if (isRedirect(code) && location != null) {
      HttpUrl target = url.resolve(location);
      return new Hop(null, target != null ? target.toString() : location);
    }
    if (code < 200 || code > 299) {
      throw new FetchException(Reason.HTTP_STATUS, shown, code, null,
          shown + ": the site answered HTTP " + code, null);
    }
    ContentType declared = ContentType.parse(response.header("Content-Type"));
    if (declared.mediaType() != null && !ContentType.isArticle(declared.mediaType())) {
      throw notAnArticle(declared.mediaType(), shown);
    }
    String coding = response.header("Content-Encoding");
    // OkHttp asks for gzip and decodes it; any other coding would reach the extractor as compressed bytes
    if (coding != null && !coding.isBlank() && !coding.strip().equalsIgnoreCase("identity")) {
      throw new FetchException(Reason.UNSUPPORTED_TYPE, shown, 0, null,
          shown + ": the page came compressed as '" + coding.strip() + "', which was not asked for", null);
    }
    byte[] body = bodyReader.read(response.body().source());
    String mediaType = declared.mediaType() != null ? declared.mediaType() : ContentType.sniff(body);
    if (!ContentType.isArticle(mediaType)) {
      throw notAnArticle(mediaType, shown);
    }
    Charset charset = PageDecoder.detect(body, declared.charset());
    return new Hop(new FetchedPage(url.toString(), mediaType, charset, PageDecoder.decodeWith(body, charset)),
        null);
  }

  private static boolean isRedirect(int code) {
    return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
  }

  private static FetchException notAnArticle(String mediaType, String shown) {
    return new FetchException(Reason.UNSUPPORTED_TYPE, shown, 0, mediaType, "not an article: " + mediaType, null);
  }
}
