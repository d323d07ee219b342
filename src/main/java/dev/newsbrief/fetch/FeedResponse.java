package dev.newsbrief.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * What a feed's server answered, typed by what the poller does next.
 *
 * @param status       what to do: parse, keep what we have, stop, wait
 * @param code         the HTTP status of the final response
 * @param url          the address that answered, after redirects
 * @param movedTo      the new address when every redirect was permanent (301/308): store it; else null
 * @param body         the body for {@link Status#OK} (capped by the policy), else empty
 * @param contentType  the Content-Type header as sent, or null
 * @param etag         the ETag to send as If-None-Match next time, or null
 * @param lastModified the Last-Modified to send as If-Modified-Since next time, or null
 * @param maxAge       Cache-Control max-age, or null
 * @param retryAfter   how long the server asked us to wait (429/503 Retry-After), or null
 */
public record FeedResponse(Status status, int code, String url, String movedTo, byte[] body, String contentType,
    String etag, String lastModified, Duration maxAge, Duration retryAfter) {

  /** The outcome classes a poller tells apart. */
  public enum Status {
    /** 2xx with a body to parse. */
    OK,
    /** 304: nothing changed since the validators we sent. */
    NOT_MODIFIED,
    /** 410: the feed is gone for good; stop polling it. */
    GONE,
    /** 404. */
    NOT_FOUND,
    /** 429, or 503 with Retry-After: wait {@link #retryAfter()} (or the backoff) before asking again. */
    RATE_LIMITED,
    /** 5xx. */
    SERVER_ERROR,
    /** Any other status (401, 403, ...). */
    HTTP_ERROR
  }

  public FeedResponse {
    Objects.requireNonNull(status, "status");
    body = body == null ? new byte[0] : body;
  }

  /** True for OK and NOT_MODIFIED: the feed works. */
  public boolean healthy() {
    return status == Status.OK || status == Status.NOT_MODIFIED;
  }
}
