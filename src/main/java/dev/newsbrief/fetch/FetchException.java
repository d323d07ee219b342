package dev.newsbrief.fetch;

import java.io.IOException;

/**
 * A page could not be fetched. The message is one human line naming the cause, safe to show a user.
 */
public final class FetchException extends IOException {

  /** Why the fetch failed; callers pick their reply by it. */
  public enum Reason {
    /** Not an http(s) URL, credentials in it, or unparseable. */
    BAD_URL,
    /** The address is private, loopback, link-local, metadata or otherwise off limits, or the port is. */
    REFUSED,
    /** The site answered with an error status. */
    HTTP_STATUS,
    /** The response is not HTML or plain text. */
    UNSUPPORTED_TYPE,
    /** More redirects than allowed, or a redirect loop. */
    TOO_MANY_REDIRECTS,
    /** The connection or the whole call took too long. */
    TIMEOUT,
    /** DNS failure, refused connection, TLS error and the like. */
    NETWORK
  }

  private final Reason reason;
  private final String url;
  private final int status;
  private final String mediaType;

  public FetchException(Reason reason, String url, int status, String mediaType, String message,
      Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.url = url;
    this.status = status;
    this.mediaType = mediaType;
  }

  public FetchException(Reason reason, String url, String message) {
    this(reason, url, 0, null, message, null);
  }

  public Reason reason() {
    return reason;
  }

  /** The URL that failed (the redirect hop, when a redirect was refused). */
  public String url() {
    return url;
  }

  /** The HTTP status for {@link Reason#HTTP_STATUS}, else 0. */
  public int status() {
    return status;
  }

  /** The refused media type for {@link Reason#UNSUPPORTED_TYPE}, else null. */
  public String mediaType() {
    return mediaType;
  }
}
