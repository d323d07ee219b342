package dev.newsbrief.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbrief.fetch.FetchException.Reason;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The safety guard against a real server on loopback: what must never be reached, and what may. */
class PageFetcherGuardTest {
  private final MockWebServer server = new MockWebServer();
  private int port;

  @BeforeEach
  void start() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    port = server.getPort();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://2130706433:%d/", "http://127.1:%d/", "http://0x7f.1:%d/",
      "http://0177.0.0.1:%d/", "http://[::ffff:127.0.0.1]:%d/", "http://[::1]:%d/", "http://0:%d/",
      "http://127.0.0.1:%d/", "http://[::127.0.0.1]:%d/", "http://[64:ff9b::127.0.0.1]:%d/",
      "http://１２７.０.０.１:%d/", "http://127。0。0。1:%d/"})
  void refusesLoopbackIpLiteralsThatSkipDns(String template) {
    String url = template.formatted(port);
    PageFetcher fetcher = new PageFetcher(TestPolicies.portOpen(port), new FakeDns());

    FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(url));

    assertEquals(Reason.REFUSED, e.reason(), e.getMessage());
    assertTrue(e.getMessage().matches("refused: \\S+ is (a loopback|an unspecified) address"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void refusesPublicLookingNameThatResolvesToLoopback() {
    FakeDns dns = new FakeDns().with("news.example.com", "127.0.0.1");
    PageFetcher fetcher = new PageFetcher(TestPolicies.portOpen(port), dns);

    FetchException e = assertThrows(FetchException.class,
        () -> fetcher.fetch("http://news.example.com:" + port + "/story"));

    assertEquals(Reason.REFUSED, e.reason());
    assertEquals("refused: 127.0.0.1 is a loopback address", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void dropsPrivateAnswersWhenANameAlsoHasPublicOnes() throws Exception {
    FakeDns dns = new FakeDns().with("mixed.example", "10.0.0.5", "93.184.216.34");
    AddressGuard guard = new AddressGuard(AllowList.of(FetchPolicy.defaults(), dns));

    var usable = new GuardedDns(dns, guard).lookup("mixed.example");

    assertEquals(1, usable.size());
    assertEquals("93.184.216.34", usable.get(0).getHostAddress());
  }

  @Test
  void socketFactoryRefusesLoopbackEvenWhenNothingElseChecks() {
    AddressGuard guard = new AddressGuard(AllowList.of(TestPolicies.portOpen(port), new FakeDns()));
    GuardedSocketFactory sockets = new GuardedSocketFactory(guard);
    OkHttpClient unguardedOtherwise = new OkHttpClient.Builder().socketFactory(sockets).build();
    Request request = new Request.Builder().url("http://127.0.0.1:" + port + "/").build();

    IOException e = assertThrows(IOException.class, () -> unguardedOtherwise.newCall(request).execute());
    AddressRefusedException direct = assertThrows(AddressRefusedException.class, () -> {
      try (Socket socket = sockets.createSocket()) {
        socket.connect(server.getSocketAddress());
      }
    });

    assertTrue(chainHas(e, AddressRefusedException.class), e.toString());
    assertEquals("refused: 127.0.0.1 is a loopback address", direct.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void fetchesAllowListedLoopbackServerWithBrowserHeaders() throws Exception {
    server.enqueue(html("<p>hello</p>"));
    PageFetcher fetcher = new PageFetcher(TestPolicies.allowing(port), new FakeDns());

    FetchedPage page = fetcher.fetch("http://127.0.0.1:" + port + "/a");
    RecordedRequest request = server.takeRequest();

    assertEquals("<p>hello</p>", page.body());
    assertEquals(FetchPolicy.DEFAULT_USER_AGENT, request.getHeaders().get("User-Agent"));
    assertEquals(FetchPolicy.defaults().acceptLanguage(), request.getHeaders().get("Accept-Language"));
    assertEquals("text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5", request.getHeaders().get("Accept"));
  }

  @Test
  void fetchesAllowListedNameThatResolvesToLoopback() throws Exception {
    server.enqueue(html("<p>intranet</p>"));
    FakeDns dns = new FakeDns().with("wiki.internal", "127.0.0.1");
    FetchPolicy policy = FetchPolicy.defaults().withAllowPrivate(Set.of("wiki.internal:" + port));

    FetchedPage page = new PageFetcher(policy, dns).fetch("http://wiki.internal:" + port + "/");

    assertEquals("<p>intranet</p>", page.body());
  }

  @Test
  void starAllowsEveryAddressAndPort() throws Exception {
    server.enqueue(html("<p>dev</p>"));
    FetchPolicy policy = FetchPolicy.defaults().withAllowPrivate(Set.of("*"));

    FetchedPage page = new PageFetcher(policy, new FakeDns()).fetch("http://2130706433:" + port + "/");

    assertEquals("<p>dev</p>", page.body());
  }

  @Test
  void refusesRedirectToPrivateAddress() {
    server.enqueue(redirect("http://10.0.0.5/admin"));
    PageFetcher fetcher = new PageFetcher(TestPolicies.allowing(port), new FakeDns());

    FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch("http://127.0.0.1:" + port + "/"));

    assertEquals(Reason.REFUSED, e.reason());
    assertEquals("refused: 10.0.0.5 is a private address", e.getMessage());
    assertEquals("http://10.0.0.5/admin", e.url());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void refusesRedirectToLoopbackPortThatIsNotAllowed() throws IOException {
    try (MockWebServer other = new MockWebServer()) {
      other.start(InetAddress.getByName("127.0.0.1"), 0);
      other.enqueue(html("<p>internal admin</p>"));
      server.enqueue(redirect("http://127.0.0.1:" + other.getPort() + "/"));
      PageFetcher fetcher = new PageFetcher(TestPolicies.allowing(port), new FakeDns());

      FetchException e = assertThrows(FetchException.class,
          () -> fetcher.fetch("http://127.0.0.1:" + port + "/"));

      assertEquals(Reason.REFUSED, e.reason());
      assertEquals("refused: 127.0.0.1 is a loopback address", e.getMessage());
      assertEquals(0, other.getRequestCount());
    }
  }

  @Test
  void refusesRedirectToNameResolvingToMetadataAddress() {
    server.enqueue(redirect("http://metadata.example/latest/meta-data/"));
    FakeDns dns = new FakeDns().with("metadata.example", "169.254.169.254");
    PageFetcher fetcher = new PageFetcher(TestPolicies.allowing(port), dns);

    FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch("http://127.0.0.1:" + port + "/"));

    assertEquals("refused: 169.254.169.254 is a cloud metadata address", e.getMessage());
  }

  @Test
  void refusesCredentialsInLinksAndRedirects() {
    server.enqueue(redirect("http://admin:secret@127.0.0.1:" + port + "/"));
    PageFetcher fetcher = new PageFetcher(TestPolicies.allowing(port), new FakeDns());

    FetchException typed = assertThrows(FetchException.class,
        () -> fetcher.fetch("http://user:pw@127.0.0.1:" + port + "/"));
    FetchException redirected = assertThrows(FetchException.class,
        () -> fetcher.fetch("http://127.0.0.1:" + port + "/"));

    assertEquals(Reason.BAD_URL, typed.reason());
    assertTrue(typed.getMessage().endsWith(": links with a user name or password are not accepted"));
    assertEquals(Reason.BAD_URL, redirected.reason());
    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.com/file", "file:///etc/passwd", "javascript:alert(1)",
      "data:text/html,hi", "gopher://example.com/"})
  void refusesSchemesOtherThanHttp(String url) {
    PageFetcher fetcher = new PageFetcher(FetchPolicy.defaults(), new FakeDns());

    FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(url));

    assertEquals(Reason.BAD_URL, e.reason());
    assertEquals(url + ": only http and https links can be read", e.getMessage());
  }

  @Test
  void refusesRedirectToAnotherScheme() {
    server.enqueue(redirect("file:///etc/passwd"));
    PageFetcher fetcher = new PageFetcher(TestPolicies.allowing(port), new FakeDns());

    FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch("http://127.0.0.1:" + port + "/"));

    assertEquals(Reason.BAD_URL, e.reason());
    assertEquals("file:///etc/passwd: only http and https links can be read", e.getMessage());
  }

  @Test
  void refusesPortsThatAreNotAllowed() {
    FakeDns dns = new FakeDns().with("example.com", "93.184.216.34");
    PageFetcher fetcher = new PageFetcher(FetchPolicy.defaults(), dns);
    PageFetcher hostOnly = new PageFetcher(FetchPolicy.defaults().withAllowPrivate(Set.of("127.0.0.1")), dns);

    FetchException publicHost = assertThrows(FetchException.class,
        () -> fetcher.fetch("http://example.com:22/"));
    FetchException privateHost = assertThrows(FetchException.class,
        () -> hostOnly.fetch("http://127.0.0.1:" + port + "/"));

    assertEquals(Reason.REFUSED, publicHost.reason());
    assertEquals("refused: port 22 is not allowed", publicHost.getMessage());
    assertEquals(Reason.REFUSED, privateHost.reason());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void refusesUnparseableLinks() {
    PageFetcher fetcher = new PageFetcher(FetchPolicy.defaults(), new FakeDns());

    FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch("http://"));
    FetchException badNumber = assertThrows(FetchException.class, () -> fetcher.fetch("http://1.2.3.4.5/"));

    assertEquals(Reason.BAD_URL, e.reason());
    assertEquals("http://: not a valid link", e.getMessage());
    assertEquals(Reason.BAD_URL, badNumber.reason());
  }

  static MockResponse html(String body) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html; charset=utf-8")
        .body(body).build();
  }

  static MockResponse redirect(String location) {
    return new MockResponse.Builder().code(302).addHeader("Location", location).build();
  }

  private static boolean chainHas(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
      for (Throwable s : c.getSuppressed()) {
        if (chainHas(s, type)) {
          return true;
        }
      }
    }
    return false;
  }
}
