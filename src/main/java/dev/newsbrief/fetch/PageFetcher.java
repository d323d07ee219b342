package dev.newsbrief.fetch;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Fetches untrusted article URLs within a {@link FetchPolicy}. Thread-safe; share one instance. */
public final class PageFetcher {
  private final OkHttpClient client;
  private final FetchPolicy policy;

  public PageFetcher(FetchPolicy policy) {
    this.policy = policy;
    this.client = new OkHttpClient.Builder().build();
  }

  /**
   * Fetches {@code url} and decodes its body.
   *
   * @throws FetchException naming the cause in one human line
   */
  public FetchedPage fetch(String url) throws FetchException {
    Request request = new Request.Builder().url(url).header("User-Agent", policy.userAgent()).build();
    try (Response response = client.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new FetchException(FetchException.Reason.HTTP_STATUS, url, response.code(), null,
            url + ": the site answered HTTP " + response.code(), null);
      }
      byte[] bytes = response.body().bytes();
      String type = response.header("Content-Type", "text/html");
      return new FetchedPage(response.request().url().toString(), type.split(";")[0].trim(),
          PageDecoder.detect(bytes, null), PageDecoder.decode(bytes, null));
    } catch (IOException e) {
      if (e instanceof FetchException fe) {
        throw fe;
      }
      throw new FetchException(FetchException.Reason.NETWORK, url, 0, null, url + ": " + e.getMessage(), e);
    }
  }
}
