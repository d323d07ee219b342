package dev.newsbrief.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code bench poll}'s news site: {@code /feed/N.xml} for N feeds of RSS on 127.0.0.1, with ETags and 304s, so
 * a poll cycle can be timed without the internet. The JDK's own HTTP server: nothing test-only ships in the jar.
 */
final class LocalFeedServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final List<List<String[]>> feeds = new ArrayList<>();
  private final ConcurrentHashMap<Integer, byte[]> rendered = new ConcurrentHashMap<>();
  final AtomicInteger notModified = new AtomicInteger();
  private final Random random;
  private final int base;
  private int serial;

  LocalFeedServer(int feedCount, int itemsPerFeed, Random random, Instant now) throws IOException {
    this.random = random;
    this.base = random.nextInt(1_000_000);
    for (int f = 0; f < feedCount; f++) {
      List<String[]> items = new ArrayList<>();
      for (int i = 0; i < itemsPerFeed; i++) {
        items.add(0, item(now.minusSeconds(60L * (itemsPerFeed - i))));
      }
      feeds.add(items);
    }
    // without it every response waits out the client's delayed ACK (~40 ms): the bench would time Nagle
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 256);
    server.createContext("/feed/", this::serve);
    server.setExecutor(threads);
    server.start();
  }

  String url(int feed) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed/" + feed + ".xml";
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** Adds one new item at the top of a feed. */
  synchronized void publish(int feed, Instant at) {
    feeds.get(feed).add(0, item(at));
    rendered.remove(feed);
  }

  private synchronized String[] item(Instant at) {
    String[] text = BenchMatchCommand.item(random);
    int id = ++serial;
    return new String[] {"bench-" + base + "-" + id, text[0], "https://news.example/" + base + "/" + id, text[1],
        DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC))};
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      int feed = Integer.parseInt(path.substring("/feed/".length(), path.length() - ".xml".length()));
      byte[] body = rendered.computeIfAbsent(feed, this::render);
      String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
      exchange.getResponseHeaders().set("ETag", etag);
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (RuntimeException e) {
      exchange.sendResponseHeaders(404, -1);
    }
  }

  private synchronized byte[] render(int feed) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Bench feed " + feed + "</title><link>https://news.example/</link>");
    for (String[] i : feeds.get(feed)) {
      b.append("<item><guid>").append(i[0]).append("</guid><title>").append(i[1]).append("</title><link>")
          .append(i[2]).append("</link><description>").append(i[3]).append("</description><pubDate>").append(i[4])
          .append("</pubDate></item>");
    }
    return b.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
