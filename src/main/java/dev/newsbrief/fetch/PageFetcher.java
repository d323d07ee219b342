package dev.newsbrief.fetch;

import dev.newsbrief.fetch.FetchException.Reason;
import java.io.IOException;
import java.net.Proxy;
import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.Map;
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
    return follow(url, Map.of("Accept", ACCEPT), this::readPage).value();
  }

  /** Reads the final (non-redirect) response of a fetch into its result. */
  @FunctionalInterface
  interface ResponseReader<T> {
    T read(Response response, HttpUrl url, String shown) throws IOException;
  }

  /**
   * What a fetch found.
   *
   * @param value            what the reader made of the final response
   * @param finalUrl         the address that answered
   * @param permanentlyMoved true when every redirect followed was permanent (301, 308) and there was one
   */
  record Followed<T>(T value, String finalUrl, boolean permanentlyMoved) {
  }

  /**
   * The one request loop every fetch goes through: the guard on each hop, redirects by hand, one deadline.
   * {@code headers} are sent on every hop (besides User-Agent and Accept-Language).
   */
  <T> Followed<T> follow(String url, Map<String, String> headers, ResponseReader<T> reader) throws FetchException {
    Objects.requireNonNull(url, "url");
    long deadline = System.nanoTime() + policy.callTimeout().toNanos();
    HttpUrl current = gate.check(url, url);
    String shown = url;
    Set<String> visited = new HashSet<>();
    boolean allPermanent = true;
    for (int redirects = 0; ; redirects++) {
      visited.add(current.toString());
      Hop<T> hop = fetchHop(current, shown, deadline, headers, reader);
      if (hop.redirect() == null) {
        return new Followed<>(hop.value(), current.toString(), redirects > 0 && allPermanent);
      }
      allPermanent &= hop.permanent();
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

  /** One request: a result, or where the site redirects to. */
  private record Hop<T>(T value, String redirect, boolean permanent) {
  }

  private <T> Hop<T> fetchHop(HttpUrl url, String shown, long deadline, Map<String, String> headers,
      ResponseReader<T> reader) throws FetchException {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw FailureTranslator.translate(new IOException("deadline passed"), shown, true);
    }
    Request.Builder request = new Request.Builder().url(url)
        .header("User-Agent", policy.userAgent())
        .header("Accept-Language", policy.acceptLanguage());
    headers.forEach(request::header);
    Call call = client.newCall(request.build());
    // the client's callTimeout covers one request; the fetch's deadline spans all of its hops
    call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
    try (Response response = call.execute()) {
      int code = response.code();
      String location = response.header("Location");
      if (isRedirect(code) && location != null) {
        HttpUrl target = url.resolve(location);
        return new Hop<>(null, target != null ? target.toString() : location, code == 301 || code == 308);
      }
      return new Hop<>(reader.read(response, url, shown), null, false);
    } catch (IOException e) {
      throw FailureTranslator.translate(e, shown, System.nanoTime() - deadline >= 0);
    }
  }

  /**
   * The body of {@code response}, capped as the policy says.
   *
   * @throws FetchException when it came in a content coding we did not ask for
   */
  byte[] body(Response response, String shown) throws IOException {
    String coding = response.header("Content-Encoding");
    // OkHttp asks for gzip and decodes it; any other coding would reach the extractor as compressed bytes.
    if (coding != null && !coding.isBlank() && !coding.strip().equalsIgnoreCase("identity")) {
      throw new FetchException(Reason.UNSUPPORTED_TYPE, shown, 0, null,
          shown + ": the page came compressed as '" + coding.strip() + "', which was not asked for", null);
    }
    return bodyReader.read(response.body().source());
  }

  private FetchedPage readPage(Response response, HttpUrl url, String shown) throws IOException {
    int code = response.code();
    if (code < 200 || code > 299) {
      throw new FetchException(Reason.HTTP_STATUS, shown, code, null,
          shown + ": the site answered HTTP " + code, null);
    }
    ContentType declared = ContentType.parse(response.header("Content-Type"));
    if (declared.mediaType() != null && !ContentType.isArticle(declared.mediaType())) {
      throw notAnArticle(declared.mediaType(), shown);
    }
    byte[] body = body(response, shown);
    String mediaType = declared.mediaType() != null ? declared.mediaType() : ContentType.sniff(body);
    if (!ContentType.isArticle(mediaType)) {
      throw notAnArticle(mediaType, shown);
    }
    Charset charset = PageDecoder.detect(body, declared.charset());
    return new FetchedPage(url.toString(), mediaType, charset, PageDecoder.decodeWith(body, charset));
  }

  private static boolean isRedirect(int code) {
    return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
  }

  private static FetchException notAnArticle(String mediaType, String shown) {
    return new FetchException(Reason.UNSUPPORTED_TYPE, shown, 0, mediaType, "not an article: " + mediaType, null);
  }
}
