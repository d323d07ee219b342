package dev.newsbrief.feeds;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * OPML, the list format feed readers exchange subscriptions in. Read with jsoup's XML parser, which resolves
 * no external entities and fetches nothing, so a hostile file can only be malformed.
 */
public final class Opml {
  /** A feed in the list. */
  public record Entry(String url, String title) {
  }

  /** Entries read from one file at most: a list is for people, not for flooding the poller. */
  public static final int MAX_ENTRIES = 500;

  private Opml() {
  }

  /**
   * The feeds in an OPML file: every {@code <outline>} with an {@code xmlUrl}, nested folders included, each
   * address once, in file order.
   *
   * @throws IllegalArgumentException with a short reason when the bytes are not OPML
   */
  public static List<Entry> read(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    Document doc = Jsoup.parse(text, "", Parser.xmlParser());
    if (doc.selectFirst("opml") == null) {
      throw new IllegalArgumentException("no <opml> element");
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Element outline : doc.select("outline")) {
      String url = attr(outline, "xmlUrl").strip();
      if (url.isEmpty() || entries.containsKey(url)) {
        continue;
      }
      String title = attr(outline, "title");
      entries.put(url, new Entry(url, title.isBlank() ? attr(outline, "text").strip() : title.strip()));
      if (entries.size() == MAX_ENTRIES) {
        break;
      }
    }
    return new ArrayList<>(entries.values());
  }

  /** An OPML 2.0 file listing {@code entries}, titled {@code title}. */
  public static byte[] write(String title, List<Entry> entries) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n")
        .append("  <head><title>").append(xml(title)).append("</title></head>\n  <body>\n");
    for (Entry e : entries) {
      String name = xml(e.title() == null || e.title().isBlank() ? e.url() : e.title());
      out.append("    <outline type=\"rss\" text=\"").append(name).append("\" title=\"").append(name)
          .append("\" xmlUrl=\"").append(xml(e.url())).append("\"/>\n");
    }
    return out.append("  </body>\n</opml>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** OPML writers disagree on case ({@code xmlUrl}, {@code xmlurl}); the XML parser keeps it as written. */
  private static String attr(Element e, String name) {
    for (org.jsoup.nodes.Attribute a : e.attributes()) {
      if (a.getKey().equalsIgnoreCase(name)) {
        return a.getValue();
      }
    }
    return "";
  }

  private static String xml(String s) {
    return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
