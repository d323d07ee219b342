package dev.newsbrief.telegram;

import dev.newsbrief.digest.NoArticleException;
import dev.newsbrief.fetch.FetchException;

/** A short human reason and what to try, for each way reading a link can fail. */
final class ErrorReplies {
  private ErrorReplies() {
  }

  static String forFailure(Throwable failure) {
    if (failure instanceof FetchException e) {
      return forFetch(e);
    }
    if (failure instanceof NoArticleException) {
      return "I couldn't find article text on that page: it may need a login or JavaScript, or it isn't an "
          + "article. Try the article's own link.";
    }
    return "Something went wrong while reading that page. Please try again in a minute.";
  }

  private static String forFetch(FetchException e) {
    return switch (e.reason()) {
      case HTTP_STATUS -> "Couldn't open that page: the site answered " + e.status() + "."
          + (e.status() == 403 || e.status() == 401 ? " It may block bots or need a login." : "")
          + (e.status() == 404 || e.status() == 410 ? " Check the link." : "")
          + (e.status() >= 500 ? " The site has a problem; try again later." : "");
      case REFUSED -> "I can't open that address: it points to a private or reserved network.";
      case BAD_URL -> "That doesn't look like a web link I can open. Send an http or https link.";
      case UNSUPPORTED_TYPE -> "That link isn't a web page" + (e.mediaType() != null ? " (" + e.mediaType() + ")" : "")
          + ". Send a link to an article.";
      case TOO_MANY_REDIRECTS -> "That link redirects too many times. Try the article's final address.";
      case TIMEOUT -> "The site took too long to answer. Try again in a minute.";
      case NETWORK -> "Couldn't reach that site. Check the link, or try again later.";
    };
  }
}
