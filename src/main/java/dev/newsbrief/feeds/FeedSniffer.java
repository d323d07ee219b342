package dev.newsbrief.feeds;

import java.util.List;
import java.util.Locale;

/**
 * Tells, from the start of a decoded response, which reader should try it: the JSON Feed reader, the XML
 * feed reader, or none because it is a web page or a bot check. Looks at markup, not at the Content-Type,
 * which feeds get wrong both ways. Stateless and thread-safe.
 */
final class FeedSniffer {
  /** What the response looks like. */
  enum Kind { EMPTY, JSON, XML, HTML, BOT_CHECK, OTHER }

  /** How far into the text the first element and the bot-check marks are looked for. */
  private static final int HEAD = 64 * 1024;
  private static final List<String> BOT_MARKS = List.of(
      "<title>just a moment...</title>", "<title>attention required! | cloudflare</title>",
      "cf-browser-verification", "/cdn-cgi/challenge-platform/", "cf_chl_opt", "cf-turnstile",
      "challenges.cloudflare.com", "checking your browser before accessing", "ddos-guard",
      "g-recaptcha", "h-captcha", "hcaptcha.com", "px-captcha", "_incapsula_resource",
      "geo.captcha-delivery.com", "are you a robot", "verify you are human", "人机验证", "安全验证");

  private FeedSniffer() {
  }

  static Kind classify(String text, String contentType) {
    int start = skipSpace(text, 0);
    if (start >= text.length()) {
      return Kind.EMPTY;
    }
    char first = text.charAt(start);
    if (first == '{' || first == '[') {
      return Kind.JSON;
    }
    if (first != '<') {
      return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json") ? Kind.JSON
          : Kind.OTHER;
    }
    int element = firstElement(text);
    boolean html = text.regionMatches(true, element, "<!doctype html", 0, 14)
        || text.regionMatches(true, element, "<html", 0, 5)
        || text.regionMatches(true, element, "<head", 0, 5)
        || text.regionMatches(true, element, "<body", 0, 5);
    if (!html) {
      return Kind.XML;
    }
    String head = text.substring(start, Math.min(text.length(), start + HEAD)).toLowerCase(Locale.ROOT);
    for (String mark : BOT_MARKS) {
      if (head.contains(mark)) {
        return Kind.BOT_CHECK;
      }
    }
    return Kind.HTML;
  }

  /** Where the first element or DOCTYPE starts, past the XML declaration, comments and processing instructions. */
  static int firstElement(String text) {
    int at = skipSpace(text, 0);
    while (at < text.length()) {
      int end;
      if (text.startsWith("<?", at)) {
        end = text.indexOf("?>", at);
        end = end < 0 ? -1 : end + 2;
      } else if (text.startsWith("<!--", at)) {
        end = text.indexOf("-->", at);
        end = end < 0 ? -1 : end + 3;
      } else {
        return at;
      }
      if (end < 0) {
        return text.length();
      }
      at = skipSpace(text, end);
    }
    return at;
  }

  private static int skipSpace(String text, int from) {
    int at = from;
    while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == '\uFEFF')) {
      at++;
    }
    return at;
  }
}
