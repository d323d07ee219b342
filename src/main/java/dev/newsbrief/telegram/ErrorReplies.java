package dev.newsbrief.telegram;

import dev.newsbrief.digest.NoArticleException;
import dev.newsbrief.fetch.FetchException;

/** A short human reason and what to try, for each way reading a link can fail, in the reader's language. */
final class ErrorReplies {
  private ErrorReplies() {
  }

  static String forFailure(Texts t, Throwable failure) {
    if (failure instanceof FetchException e) {
      return forFetch(t, e);
    }
    if (failure instanceof NoArticleException) {
      return t.get("error.noArticle");
    }
    return t.get("error.generic");
  }

  private static String forFetch(Texts t, FetchException e) {
    return switch (e.reason()) {
      case HTTP_STATUS -> t.get("error.http", e.status()) + advice(t, e.status());
      case REFUSED -> t.get("error.refused");
      case BAD_URL -> t.get("error.badUrl");
      // the media type is the site's own words, of any length: a reply over 4096 characters is never delivered
      case UNSUPPORTED_TYPE -> e.mediaType() != null ? t.get("error.type", BriefRenderer.shorten(e.mediaType(), 100))
          : t.get("error.type.unknown");
      case TOO_MANY_REDIRECTS -> t.get("error.redirects");
      case TIMEOUT -> t.get("error.timeout");
      case NETWORK -> t.get("error.network");
    };
  }

  private static String advice(Texts t, int status) {
    if (status == 401 || status == 403) {
      return " " + t.get("error.http.auth");
    }
    if (status == 404 || status == 410) {
      return " " + t.get("error.http.gone");
    }
    return status >= 500 ? " " + t.get("error.http.server") : "";
  }
}
