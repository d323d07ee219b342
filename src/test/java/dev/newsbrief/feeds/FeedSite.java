package dev.newsbrief.feeds;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A loopback news site serving RSS feeds the test edits: {@code site.publish("/a.xml", item(...))}. Answers
 * 304 to a matching If-None-Match, and any status a test sets.
 */
final class FeedSite implements AutoCloseable {
  /** An RSS item. */
  record Item(String guid, String title, String link, String description, Instant published) {
  }

  private final MockWebServer server = new MockWebServer();
  private final Map<String, List<Item>> feeds = new ConcurrentHashMap<>();
  private final Map<String, MockResponse> overrides = new ConcurrentHashMap<>();
  private final Map<String, String> extraChannel = new ConcurrentHashMap<>();
  final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  FeedSite() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        return answer(request);
      }
    });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  int port() {
    return server.getPort();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getPort() + path;
  }

  void publish(String path, Item... items) {
    feeds.computeIfAbsent(path, k -> new CopyOnWriteArrayList<>()).addAll(0, List.of(items));
  }

  /** Extra channel elements, e.g. {@code <ttl>60</ttl>}. */
  void channelExtra(String path, String xml) {
    extraChannel.put(path, xml);
  }

  /** Answers {@code response} at {@code path} until cleared. */
  void answer(String path, MockResponse response) {
    overrides.put(path, response);
  }

  /** Serves an HTML page at {@code path}, such as an item's article. */
  void page(String path, String html) {
    answer(path, new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8").body(html).build());
  }

  void clear(String path) {
    overrides.remove(path);
  }

  List<RecordedRequest> requestsTo(String path) {
    List<RecordedRequest> out = new ArrayList<>();
    for (RecordedRequest r : requests) {
      if (r.getTarget().equals(path)) {
        out.add(r);
      }
    }
    return out;
  }

  private MockResponse answer(RecordedRequest request) {
    String path = request.getTarget();
    MockResponse override = overrides.get(path);
    if (override != null) {
      return override;
    }
    List<Item> items = feeds.get(path);
    if (items == null) {
      return new MockResponse.Builder().code(404).body("no").build();
    }
    String xml = rss(path, items);
    String etag = "\"" + Integer.toHexString(xml.hashCode()) + "\"";
    if (etag.equals(request.getHeaders().get("If-None-Match"))) {
      return new MockResponse.Builder().code(304).addHeader("ETag", etag).build();
    }
    return new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml; charset=utf-8")
        .addHeader("ETag", etag).body(xml).build();
  }

  private String rss(String path, List<Item> items) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Site " + path + "</title><link>" + url("/") + "</link>" + extraChannel.getOrDefault(path, ""));
    for (Item i : items) {
      b.append("<item><guid isPermaLink=\"false\">").append(i.guid()).append("</guid><title>").append(esc(i.title()))
          .append("</title><link>").append(esc(i.link())).append("</link><description>")
          .append(esc(i.description())).append("</description><pubDate>")
          .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(i.published().atZone(java.time.ZoneOffset.UTC)))
          .append("</pubDate></item>");
    }
    return b.append("</channel></rss>").toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public void close() {
    server.close();
  }
}
