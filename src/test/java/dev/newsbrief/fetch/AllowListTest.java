package dev.newsbrief.fetch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AllowListTest {
  private final FakeDns dns = new FakeDns().with("wiki.internal", "10.1.2.3");

  private AllowList allowing(String... entries) {
    return AllowList.of(FetchPolicy.defaults().withAllowPrivate(Set.of(entries)), dns);
  }

  @Test
  void entryWithPortOpensExactlyThatPortForThatHost() {
    AllowList list = allowing("wiki.internal:8080");

    assertTrue(list.permitsHost("wiki.internal", 8080));
    // least privilege: another service on the same private host stays closed
    assertFalse(list.permitsHost("wiki.internal", 443));
    assertFalse(list.permitsHost("wiki.internal", 8081));
    assertFalse(list.permitsHost("other.internal", 8080));
    assertFalse(list.permitsPort(8080));
  }

  @Test
  void entryWithoutPortCoversTheGenerallyAllowedPorts() {
    AllowList list = allowing("wiki.internal");

    assertTrue(list.permitsHost("wiki.internal", 443));
    assertFalse(list.permitsHost("wiki.internal", 8080));
  }

  @Test
  void entryMatchesTheAddressItsNameResolvesTo() {
    AllowList list = allowing("wiki.internal:8080");

    assertTrue(list.permitsAddress(IpLiteralCodec.parse("10.1.2.3"), 8080));
    assertFalse(list.permitsAddress(IpLiteralCodec.parse("10.1.2.4"), 8080));
    assertFalse(list.permitsAddress(IpLiteralCodec.parse("10.1.2.3"), 22));
  }

  @Test
  void literalEntriesMatchEveryWayOfWritingTheAddress() {
    AllowList list = allowing("[::1]:9000", "127.0.0.1:9001");

    assertTrue(list.permitsHost("::1", 9000));
    assertTrue(list.permitsHost("127.0.0.1", 9001));
    assertTrue(list.permitsAddress(IpLiteralCodec.parse("::ffff:127.0.0.1"), 9001));
    assertFalse(list.permitsHost("127.0.0.1", 9000));
  }

  @Test
  void starAllowsEverything() {
    AllowList list = allowing("*");

    assertTrue(list.allowsEverything());
    assertTrue(list.permitsPort(22));
    assertTrue(list.permitsAddress(IpLiteralCodec.parse("10.0.0.5"), 22));
  }

  @Test
  void malformedEntriesAreConfigurationErrors() {
    assertThrows(IllegalArgumentException.class, () -> allowing("wiki.internal:http"));
    assertThrows(IllegalArgumentException.class, () -> allowing("wiki.internal:70000"));
    assertThrows(IllegalArgumentException.class, () -> allowing("[::1:8080"));
  }
}
