package dev.newsbrief.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsbrief.fetch.FetchException.Reason;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 7, promise 1: "No request to a place it must not reach." Every link in {@link #table()} is
 * refused with a clear reason, and decoy servers listening on the addresses those links aim at receive
 * nothing. The decoys' ports are open to public hosts in the policy, so only the address rule can
 * refuse a link that aims at a decoy (the expected message names the address kind to prove it).
 */
@DisplayName("Promise 1: no request to a place it must not reach")
class UrlRefusalTableTest {
  /** Decoy on 127.0.0.1: the target of the IPv4 loopback links; it must never see a request. */
  private static MockWebServer v4;
  /** Decoy on [::1], when this machine has IPv6 loopback; null otherwise. */
  private static MockWebServer v6;
  /** The "public" site the redirect links start from; allowed as 127.0.0.1 on its port only. */
  private static MockWebServer origin;
  private static int p4;
  private static int p6;
  private static int pp;

  /** Names the table's links use; everything else is unknown (no real DNS is ever asked). */
  private static FakeDns dns;
  private static PageFetcher fetcher;

  /** One case: the technique, the link, the expected reason and a phrase the message must contain. */
  record Case(String technique, String url, Reason expected, String says, boolean atUrlGate) {
    /** Refused by the URL check itself, before any DNS lookup or socket. */
    static Case gate(String technique, String url, Reason expected, String says) {
      return new Case(technique, url, expected, says, true);
    }

    /** Refused later: on the DNS answer or on the socket endpoint. */
    static Case later(String technique, String url, Reason expected, String says) {
      return new Case(technique, url, expected, says, false);
    }

    boolean usesIpv6Decoy() {
      return p6 > 0 && url.contains(":" + p6);
    }
  }

  private static final String LOOPBACK = "is a loopback address";
  private static final String UNSPECIFIED = "is an unspecified address";
  private static final String PRIVATE = "is a private address";
  private static final String METADATA = "is a cloud metadata address";
  private static final String CREDENTIALS = "links with a user name or password are not accepted";
  private static final String SCHEME = "only http and https links can be read";

  @BeforeAll
  static void startDecoys() throws IOException {
    v4 = decoy(InetAddress.getByName("127.0.0.1"));
    p4 = v4.getPort();
    try {
      v6 = decoy(InetAddress.getByName("::1"));
      p6 = v6.getPort();
    } catch (IOException e) {
      v6 = null;
      p6 = -1;
    }
    origin = new MockWebServer();
    origin.setDispatcher(new Origin());
    origin.start(InetAddress.getByName("127.0.0.1"), 0);
    pp = origin.getPort();

    dns = new FakeDns()
        .with("localhost", "127.0.0.1", "::1")
        .with("localhost.", "127.0.0.1", "::1")
        .with("a.localhost", "127.0.0.1")
        .with("news.example.com", "127.0.0.1")
        .with("v6.example", "::1")
        .with("mapped.example", "::ffff:127.0.0.1")
        .with("zero.example", "0.0.0.0")
        .with("intranet.example", "10.0.0.5")
        .with("router.example", "192.168.1.1")
        .with("cgnat.example", "100.64.0.1")
        .with("metadata.example", "169.254.169.254")
        .with("alibaba-metadata.example", "100.100.100.200")
        .with("ula.example", "fd00::1")
        .with("ec2v6.example", "fd00:ec2::254")
        .with("all-private.example", "127.0.0.1", "10.0.0.1", "192.168.0.1")
        .with("nat64.example", "64:ff9b::7f00:1")
        .with("xn--bcher-kva.example", "127.0.0.1")
        .with("xn--e1afmkfd.com", "127.0.0.1")
        .with("public.example", "93.184.216.34");

    FetchPolicy d = FetchPolicy.defaults();
    Set<Integer> ports = new HashSet<>(d.allowedPorts());
    ports.add(p4);
    ports.add(pp);
    if (p6 > 0) {
      ports.add(p6);
    }
    FetchPolicy policy = new FetchPolicy(Set.of("127.0.0.1:" + pp), ports, d.connectTimeout(),
        d.callTimeout(), d.maxBodyBytes(), d.maxRedirects(), d.userAgent(), d.acceptLanguage());
    fetcher = new PageFetcher(policy, dns);
  }

  @AfterAll
  static void stopDecoys() {
    v4.close();
    if (v6 != null) {
      v6.close();
    }
    origin.close();
  }

  static List<Case> table() {
    List<Case> t = new ArrayList<>();
    String v4 = ":" + p4 + "/";
    String v6 = ":" + p6 + "/";

    // --- Loopback in every notation, aimed at the 127.0.0.1 decoy (or [::1] for native IPv6) ---
    for (String host : List.of("127.0.0.1", "127.1", "127.0.1", "2130706433", "0x7f000001", "0x7f.0.0.1",
        "0x7F.1", "0177.0.0.1", "0177.1", "017700000001", "127.000.000.001", "127.0.0.1.",
        "127.255.255.254", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::127.0.0.1]", "[::ffff:0:7f00:1]",
        "[64:ff9b::7f00:1]", "[64:ff9b::127.0.0.1]", "[2002:7f00:1::]",
        "[2001:0:4136:e378:8000:63bf:80ff:fffe]", "0X7F000001", "2130706433.", "0x7f.0x0.0x0.0x1",
        "127%2E0%2E0%2E1", "%31%32%37.0.0.1", "127.0.0.01", "0000000177.0.0.1", "127.0.0x0.1",
        "[0:0:0:0:0:ffff:127.0.0.1]")) {
      t.add(Case.gate("loopback notation", "http://" + host + v4, Reason.REFUSED, LOOPBACK));
    }
    t.add(Case.gate("loopback notation", "HTTP://127.0.0.1" + v4, Reason.REFUSED, LOOPBACK));
    t.add(Case.gate("loopback notation", "  http://127.0.0.1" + v4 + "  ", Reason.REFUSED, LOOPBACK));
    // 0.0.0.0 reaches the local machine on Linux
    for (String host : List.of("0.0.0.0", "0", "0x0", "00.0.0.0", "0.0.0.0.", "[::ffff:0.0.0.0]")) {
      t.add(Case.gate("unspecified address", "http://" + host + v4, Reason.REFUSED, UNSPECIFIED));
    }
    // native IPv6 loopback, aimed at the [::1] decoy
    for (String host : List.of("[::1]", "[0:0:0:0:0:0:0:1]", "[0000:0000::0001]", "[::0:1]")) {
      t.add(Case.gate("IPv6 loopback", "http://" + host + v6, Reason.REFUSED, LOOPBACK));
    }
    t.add(Case.gate("IPv6 loopback", "http://[::]" + v6, Reason.REFUSED, UNSPECIFIED));
    t.add(Case.gate("IPv6 loopback", "http://[::1%25lo]" + v6, Reason.BAD_URL, "not a valid link"));
    // numbers past 32 bits are not an address at all (WHATWG), so nothing is dialled
    t.add(Case.gate("loopback notation", "http://4294967296" + v4, Reason.BAD_URL, "not a valid address"));
    t.add(Case.gate("loopback notation", "http://[::ffff:127.1]" + v4, Reason.BAD_URL, "not a valid link"));
    // loopback names: whatever the resolver answers is checked
    for (String host : List.of("localhost", "LOCALHOST", "LOCALHOST.", "a.localhost")) {
      t.add(Case.later("loopback name", "http://" + host + v4, Reason.REFUSED, LOOPBACK));
    }

    // --- Private, CGNAT, link-local, metadata, special ranges as literals: nothing listens there ---
    t.add(Case.gate("private literal", "http://10.0.0.1/", Reason.REFUSED, PRIVATE));
    t.add(Case.gate("private literal", "http://10.255.255.254/", Reason.REFUSED, PRIVATE));
    t.add(Case.gate("private literal", "http://10.1/", Reason.REFUSED, PRIVATE));
    t.add(Case.gate("private literal", "http://172.16.0.1/", Reason.REFUSED, PRIVATE));
    t.add(Case.gate("private literal", "http://172.31.255.254/", Reason.REFUSED, PRIVATE));
    t.add(Case.gate("private literal", "http://192.168.0.1/", Reason.REFUSED, PRIVATE));
    t.add(Case.gate("private literal", "http://192.168.1.1:8080/", Reason.REFUSED, PRIVATE));
    t.add(Case.gate("private literal", "http://0xc0a80001/", Reason.REFUSED, PRIVATE));
    t.add(Case.gate("private literal", "http://[::ffff:10.0.0.1]/", Reason.REFUSED, PRIVATE));
    t.add(Case.gate("private literal", "http://[fc00::1]/", Reason.REFUSED, PRIVATE));
    t.add(Case.gate("private literal", "http://[fd12:3456::1]/", Reason.REFUSED, PRIVATE));
    t.add(Case.gate("CGNAT literal", "http://100.64.0.1/", Reason.REFUSED, "is a carrier-grade NAT address"));
    t.add(Case.gate("CGNAT literal", "http://100.127.255.254/", Reason.REFUSED,
        "is a carrier-grade NAT address"));
    t.add(Case.gate("link-local literal", "http://169.254.0.1/", Reason.REFUSED, "is a link-local address"));
    t.add(Case.gate("link-local literal", "http://[fe80::1]/", Reason.REFUSED, "is a link-local address"));
    t.add(Case.gate("metadata literal", "http://169.254.169.254/latest/meta-data/", Reason.REFUSED, METADATA));
    t.add(Case.gate("metadata literal", "http://2852039166/", Reason.REFUSED, METADATA));
    t.add(Case.gate("metadata literal", "http://0xa9fea9fe/", Reason.REFUSED, METADATA));
    t.add(Case.gate("metadata literal", "http://0251.0376.0251.0376/", Reason.REFUSED, METADATA));
    t.add(Case.gate("metadata literal", "http://169.254.43518/", Reason.REFUSED, METADATA));
    t.add(Case.gate("metadata literal", "http://[::ffff:169.254.169.254]/", Reason.REFUSED, METADATA));
    t.add(Case.gate("metadata literal", "http://[64:ff9b::a9fe:a9fe]/", Reason.REFUSED, METADATA));
    t.add(Case.gate("metadata literal", "http://[fd00:ec2::254]/latest/meta-data/", Reason.REFUSED, METADATA));
    t.add(Case.gate("metadata literal", "http://100.100.100.200/latest/meta-data/", Reason.REFUSED, METADATA));
    t.add(Case.gate("special literal", "http://198.18.0.1/", Reason.REFUSED, "is a benchmarking address"));
    t.add(Case.gate("special literal", "http://224.0.0.1/", Reason.REFUSED, "is a multicast address"));
    t.add(Case.gate("special literal", "http://[ff02::1]/", Reason.REFUSED, "is a multicast address"));
    t.add(Case.gate("special literal", "http://255.255.255.255/", Reason.REFUSED, "is a broadcast address"));
    t.add(Case.gate("special literal", "http://240.0.0.1/", Reason.REFUSED, "is a reserved address"));

    // --- Credentials and @-confusion: any user info is refused, whatever the host ---
    t.add(Case.gate("credentials", "http://user:pass@public.example/", Reason.BAD_URL, CREDENTIALS));
    t.add(Case.gate("credentials", "http://user@127.0.0.1" + v4, Reason.BAD_URL, CREDENTIALS));
    t.add(Case.gate("@-confusion", "http://evil.example@127.0.0.1" + v4, Reason.BAD_URL, CREDENTIALS));
    t.add(Case.gate("@-confusion", "http://127.0.0.1" + ":" + p4 + "@evil.example/", Reason.BAD_URL,
        CREDENTIALS));
    t.add(Case.gate("@-confusion", "http://a@b@127.0.0.1" + v4, Reason.BAD_URL, CREDENTIALS));
    t.add(Case.gate("@-confusion", "http://evil.example%40127.0.0.1" + v4, Reason.BAD_URL, "not a valid link"));
    t.add(Case.gate("@-confusion", "http://1.1.1.1 &@127.0.0.1" + v4, Reason.BAD_URL, CREDENTIALS));
    // "#@127.0.0.1..." is a fragment: the host is evil.example, unknown to the test DNS
    t.add(Case.later("@-confusion", "http://evil.example#@127.0.0.1" + v4, Reason.NETWORK, "no such host"));
    // empty user info carries no credential; the host is then judged on its own
    t.add(Case.gate("@-confusion", "http://:@127.0.0.1" + v4, Reason.REFUSED, LOOPBACK));

    // --- Backslashes: in http(s) URLs a backslash is a slash (WHATWG), as OkHttp parses it ---
    // host is evil.example (unknown to the test DNS), "@127.0.0.1..." is only the path
    t.add(Case.later("backslash", "http://evil.example\\@127.0.0.1" + v4, Reason.NETWORK, "no such host"));
    t.add(Case.gate("backslash", "http:\\\\127.0.0.1" + v4, Reason.REFUSED, LOOPBACK));
    t.add(Case.gate("backslash", "http:/\\127.0.0.1" + v4, Reason.REFUSED, LOOPBACK));
    t.add(Case.gate("backslash", "http:127.0.0.1" + v4, Reason.REFUSED, LOOPBACK));
    t.add(Case.gate("backslash", "http://127.0.0.1:" + p4 + "\\@evil.example/", Reason.REFUSED, LOOPBACK));

    // --- Fullwidth, circled and other look-alike digits and dots (IDNA maps them to ASCII) ---
    for (String host : List.of("１２７.０.０.１", "①②⑦.0.0.1", "127。0。0。1", "127．0．0．1", "127｡0｡0｡1",
        "１２７.1", "０ｘ７ｆ.1", "𝟏𝟐𝟕.0.0.1", "①②⑦.①", "127.0.0.1。")) {
      t.add(Case.gate("look-alike digits", "http://" + host + v4, Reason.REFUSED, LOOPBACK));
    }

    // --- IDNA tricks: names that map to a loopback name, punycode names resolving to loopback ---
    t.add(Case.later("IDNA", "http://ｌｏｃａｌｈｏｓｔ" + v4, Reason.REFUSED, LOOPBACK));
    t.add(Case.later("IDNA", "http://local\u00adhost" + v4, Reason.REFUSED, LOOPBACK));
    t.add(Case.later("IDNA", "http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ" + v4, Reason.REFUSED, LOOPBACK));
    t.add(Case.later("IDNA", "http://xn--bcher-kva.example" + v4, Reason.REFUSED, LOOPBACK));
    t.add(Case.later("IDNA", "http://bücher.example" + v4, Reason.REFUSED, LOOPBACK));
    t.add(Case.later("IDNA", "http://ПРИМЕР.com" + v4, Reason.REFUSED, LOOPBACK));

    // --- Redirects from an allowed "public" origin to off-limits places (each status code) ---
    List<String> targets = List.of("http://127.0.0.1" + v4, "http://2130706433" + v4,
        "http://[::ffff:127.0.0.1]" + v4, "http://169.254.169.254/latest/meta-data/");
    for (int code : new int[] {301, 302, 303, 307, 308}) {
      for (String target : targets) {
        t.add(Case.gate("redirect " + code, redirect(code, target), Reason.REFUSED,
            target.contains("169.254") ? METADATA : LOOPBACK));
      }
    }
    t.add(Case.gate("redirect 302", redirect(302, "http://0" + v4), Reason.REFUSED, UNSPECIFIED));
    t.add(Case.gate("redirect 302", redirect(302, "http://[::1]" + v6), Reason.REFUSED, LOOPBACK));
    t.add(Case.gate("redirect 302", redirect(302, "//127.0.0.1" + v4), Reason.REFUSED, LOOPBACK));
    t.add(Case.gate("redirect 302", redirect(302, "/\\127.0.0.1" + v4), Reason.REFUSED, LOOPBACK));
    t.add(Case.gate("redirect 302", redirect(302, "HTTP://[::1]" + v6), Reason.REFUSED, LOOPBACK));
    t.add(Case.gate("redirect 302", redirect(302, "http://10.0.0.1/"), Reason.REFUSED, PRIVATE));
    t.add(Case.gate("redirect 302", redirect(302, "http://user:pw@127.0.0.1" + v4), Reason.BAD_URL,
        CREDENTIALS));
    t.add(Case.gate("redirect 302", redirect(302, "file:///etc/passwd"), Reason.BAD_URL, SCHEME));
    t.add(Case.gate("redirect 302", redirect(302, "gopher://127.0.0.1" + v4 + "_GET"), Reason.BAD_URL, SCHEME));
    t.add(Case.later("redirect 302", redirect(302, "http://localhost" + v4), Reason.REFUSED, LOOPBACK));
    t.add(Case.later("redirect 302", redirect(302, "http://metadata.example/"), Reason.REFUSED, METADATA));
    t.add(Case.gate("redirect chain", redirect(301, redirect(307, "http://127.1" + v4)), Reason.REFUSED,
        LOOPBACK));

    // --- DNS names that resolve to off-limits addresses ---
    t.add(Case.later("DNS name", "http://news.example.com" + v4, Reason.REFUSED, LOOPBACK));
    t.add(Case.later("DNS name", "http://v6.example" + v6, Reason.REFUSED, LOOPBACK));
    t.add(Case.later("DNS name", "http://mapped.example" + v4, Reason.REFUSED, LOOPBACK));
    t.add(Case.later("DNS name", "http://nat64.example" + v4, Reason.REFUSED, LOOPBACK));
    t.add(Case.later("DNS name", "http://zero.example" + v4, Reason.REFUSED, UNSPECIFIED));
    t.add(Case.later("DNS name", "http://all-private.example" + v4, Reason.REFUSED, LOOPBACK));
    t.add(Case.later("DNS name", "http://intranet.example/", Reason.REFUSED, PRIVATE));
    t.add(Case.later("DNS name", "http://router.example/", Reason.REFUSED, PRIVATE));
    t.add(Case.later("DNS name", "http://cgnat.example/", Reason.REFUSED, "is a carrier-grade NAT address"));
    t.add(Case.later("DNS name", "http://metadata.example/", Reason.REFUSED, METADATA));
    t.add(Case.later("DNS name", "http://alibaba-metadata.example/", Reason.REFUSED, METADATA));
    t.add(Case.later("DNS name", "http://ula.example/", Reason.REFUSED, PRIVATE));
    t.add(Case.later("DNS name", "http://ec2v6.example/", Reason.REFUSED, METADATA));

    // --- Schemes other than http(s) ---
    for (String url : List.of("file:///etc/passwd", "file://127.0.0.1" + v4 + "etc/passwd",
        "ftp://127.0.0.1" + v4, "gopher://127.0.0.1" + v4 + "_GET%20/", "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>", "jar:http://127.0.0.1" + v4 + "x.jar!/",
        "dict://127.0.0.1" + v4 + "info", "ldap://127.0.0.1" + v4, "ws://127.0.0.1" + v4,
        "wss://127.0.0.1" + v4, "view-source:http://127.0.0.1" + v4, "netdoc:///etc/passwd")) {
      t.add(Case.gate("scheme", url, Reason.BAD_URL, SCHEME));
    }

    // --- Ports: a public-looking host on a service port is refused as a port ---
    for (int port : new int[] {22, 25, 6379, 11211, 3306, 5432, 9200, 2375, 8080}) {
      t.add(Case.gate("port", "http://public.example:" + port + "/", Reason.REFUSED,
          "port " + port + " is not allowed"));
    }
    t.add(Case.gate("port", "https://public.example:22/", Reason.REFUSED, "port 22 is not allowed"));
    t.add(Case.gate("port", "http://93.184.216.34:6379/", Reason.REFUSED, "port 6379 is not allowed"));
    return t;
  }

  @TestFactory
  Stream<DynamicTest> everyLinkIsRefusedAndNoDecoyIsReached() {
    List<Case> cases = table();
    assertTrue(cases.size() >= 80, "the promise asks for at least 80 links: " + cases.size());
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.technique() + ": " + c.url(), () -> check(c)));
  }

  /** The same table for feeds: {@code /addfeed}, OPML entries and polls go through the same guard. */
  @TestFactory
  Stream<DynamicTest> everyFeedLinkIsRefusedTheSameWayAndNoDecoyIsReached() {
    FeedFetcher feeds = new FeedFetcher(fetcher, java.time.Clock.systemUTC());
    return table().stream().map(c -> DynamicTest.dynamicTest("feed " + c.technique() + ": " + c.url(),
        () -> check(c, () -> feeds.fetch(c.url(), null, null))));
  }

  private static void check(Case c) {
    check(c, () -> fetcher.fetch(c.url()));
  }

  private static void check(Case c, org.junit.jupiter.api.function.Executable fetch) {
    if (c.usesIpv6Decoy()) {
      assumeTrue(v6 != null, "no IPv6 loopback on this machine");
    }
    int before4 = v4.getRequestCount();
    int before6 = v6 == null ? 0 : v6.getRequestCount();

    FetchException e = assertThrows(FetchException.class, fetch, c.url());

    assertEquals(c.expected(), e.reason(), e.getMessage());
    assertHumanLine(e.getMessage());
    assertTrue(e.getMessage().contains(c.says()), () -> "message should say '" + c.says() + "': "
        + e.getMessage());
    if (c.atUrlGate()) {
      assertNull(e.getCause(), () -> "refused by the URL check, before DNS or any socket: " + e.getCause());
    }
    assertEquals(before4, v4.getRequestCount(), "the 127.0.0.1 decoy was reached");
    if (v6 != null) {
      assertEquals(before6, v6.getRequestCount(), "the [::1] decoy was reached");
    }
  }

  /** Controls: the decoys count requests, so a leak would show; and ports alone refuse nothing here. */
  @Test
  void decoysCountRequestsWhenTheGuardAllowsThem() throws Exception {
    FetchPolicy open = FetchPolicy.defaults().withAllowPrivate(Set.of("*"));
    PageFetcher unguarded = new PageFetcher(open, dns);
    int before = v4.getRequestCount();

    FetchedPage page = unguarded.fetch("http://127.1:" + p4 + "/");

    assertEquals("<p>decoy reached</p>", page.body());
    assertEquals(before + 1, v4.getRequestCount());
    if (v6 != null) {
      int before6 = v6.getRequestCount();
      unguarded.fetch("http://[::1]:" + p6 + "/");
      assertEquals(before6 + 1, v6.getRequestCount());
    }
  }

  @Test
  void theOriginIsReachableSoRedirectCasesReallyFollowTheHop() throws Exception {
    FetchedPage page = fetcher.fetch("http://127.0.0.1:" + pp + "/page");

    assertEquals("<p>origin</p>", page.body());
  }

  /** Meta refresh and script redirects are not followed: the page comes back and the target sees nothing. */
  @Test
  void metaRefreshToLoopbackIsNotFollowed() throws Exception {
    int before = v4.getRequestCount();
    String target = "http://127.0.0.1:" + p4 + "/admin";

    FetchedPage page = fetcher.fetch("http://127.0.0.1:" + pp + "/meta?u=" + encode(target));
    FetchedPage zero = fetcher.fetch("http://127.0.0.1:" + pp + "/meta0?u=" + encode(target));

    assertTrue(page.body().contains("http-equiv=\"refresh\""), page.body());
    assertEquals("http://127.0.0.1:" + pp + "/meta?u=" + encode(target), page.url());
    assertTrue(zero.body().contains("window.location"), zero.body());
    assertEquals(before, v4.getRequestCount());
  }

  /**
   * Rebinding: a name answers a public address to an earlier lookup (a validator's, say) and loopback to
   * the next one. The fetcher judges the answer it actually connects with, so it refuses, and the decoy
   * never hears from it. (The public answer is only looked up, never dialled: tests stay on loopback.)
   */
  @Test
  void rebindingNameNeverReachesLoopback() throws Exception {
    AtomicInteger lookups = new AtomicInteger();
    Dns rebinding = hostname -> {
      if (!hostname.equals("rebind.example")) {
        throw new UnknownHostException(hostname);
      }
      String answer = lookups.getAndIncrement() == 0 ? "93.184.216.34" : "127.0.0.1";
      return List.of(InetAddress.getByAddress(hostname, IpLiteralCodec.parse(answer)));
    };
    FetchPolicy d = FetchPolicy.defaults();
    FetchPolicy policy = new FetchPolicy(Set.of(), Set.of(80, 443, p4), Duration.ofMillis(500),
        Duration.ofSeconds(3), d.maxBodyBytes(), d.maxRedirects(), d.userAgent(), d.acceptLanguage());
    PageFetcher rebindFetcher = new PageFetcher(policy, rebinding);
    int before = v4.getRequestCount();
    assertEquals("93.184.216.34", rebinding.lookup("rebind.example").get(0).getHostAddress());

    FetchException refused = assertThrows(FetchException.class,
        () -> rebindFetcher.fetch("http://rebind.example:" + p4 + "/"));

    assertEquals(Reason.REFUSED, refused.reason(), refused.getMessage());
    assertEquals("refused: 127.0.0.1 is a loopback address", refused.getMessage());
    assertEquals(before, v4.getRequestCount());
  }

  private static void assertHumanLine(String message) {
    assertTrue(message != null && !message.isBlank(), "no message");
    assertFalse(message.contains("\n") || message.contains("\r"), () -> "more than one line: " + message);
    assertFalse(message.contains("Exception") || message.contains("\tat ") || message.contains("java."),
        () -> "stack-trace text: " + message);
    assertTrue(message.length() <= 300, () -> "too long: " + message);
  }

  private static String redirect(int code, String target) {
    return "http://127.0.0.1:" + pp + "/to/" + code + "?u=" + encode(target);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static MockWebServer decoy(InetAddress address) throws IOException {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return html("<p>decoy reached</p>");
      }
    });
    server.start(address, 0);
    return server;
  }

  private static MockResponse html(String body) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html; charset=utf-8")
        .body(body).build();
  }

  /** The allowed origin: {@code /to/CODE?u=URL} redirects, {@code /meta?u=URL} is a meta-refresh page. */
  private static final class Origin extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = request.getUrl().encodedPath();
      String target = request.getUrl().queryParameter("u");
      if (path.startsWith("/to/") && target != null) {
        int code = Integer.parseInt(path.substring("/to/".length()));
        return new MockResponse.Builder().code(code).addHeader("Location", target).build();
      }
      if (path.equals("/meta") && target != null) {
        return html("<html><head><meta http-equiv=\"refresh\" content=\"0;url=" + target
            + "\"></head><body>moved</body></html>");
      }
      if (path.equals("/meta0") && target != null) {
        return html("<html><body><script>window.location='" + target + "'</script></body></html>");
      }
      return html("<p>origin</p>");
    }
  }
}
