package dev.newsbrief.fetch;

import java.nio.charset.Charset;

/**
 * A page as fetched and decoded.
 *
 * @param url       the final address, after redirects
 * @param mediaType the response's media type without parameters, e.g. {@code text/html}
 * @param charset   the charset the body was decoded with
 * @param body      the decoded body (HTML or plain text)
 */
public record FetchedPage(String url, String mediaType, Charset charset, String body) {

  /** True when the body is HTML or XHTML rather than plain text. */
  public boolean isHtml() {
    return !"text/plain".equals(mediaType);
  }
}
