package dev.newsbrief.feeds;

import dev.newsbrief.fetch.PageDecoder;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Feed autodiscovery: the feed an HTML page names in its head. Pure. */
final class FeedLinks {
  private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
      "application/feed+json", "application/json");

  private FeedLinks() {
  }

  /** The absolute http(s) address of the first feed the page links as alternate, or null. */
  static String alternate(byte[] html, String contentType, String pageUrl) {
    Document doc = Jsoup.parse(PageDecoder.decode(html, FeedParser.charsetParameter(contentType)), pageUrl);
    for (Element link : doc.select("link[rel~=(?i)\\balternate\\b][href][type]")) {
      if (FEED_TYPES.contains(link.attr("type").strip().toLowerCase(Locale.ROOT))) {
        String href = link.absUrl("href");
        if (href.startsWith("http://") || href.startsWith("https://")) {
          return href;
        }
      }
    }
    return null;
  }
}
