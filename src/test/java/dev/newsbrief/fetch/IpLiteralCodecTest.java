package dev.newsbrief.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralCodecTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "127.0.0.1, 127.0.0.1",
      "2130706433, 127.0.0.1",
      "127.1, 127.0.0.1",
      "0x7f.1, 127.0.0.1",
      "0x7f000001, 127.0.0.1",
      "0177.0.0.1, 127.0.0.1",
      "0, 0.0.0.0",
      "10.1, 10.0.0.1",
      "192.168.257, 192.168.1.1",
      "127.0.0.1., 127.0.0.1"})
  void readsIpv4AsBrowsersDo(String host, String dotted) {
    assertEquals(dotted, IpLiteralCodec.format(IpLiteralCodec.parseIpv4(host)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"256.0.0.1", "1.2.3.4.5", "4294967296", "0x1g.1", "1..2", "08.1"})
  void rejectsInvalidIpv4(String host) {
    assertNull(IpLiteralCodec.parseIpv4(host));
  }

  @Test
  void knowsWhichHostsAreNumeric() {
    assertTrue(IpLiteralCodec.endsInNumber("0x7f.1"));
    assertTrue(IpLiteralCodec.endsInNumber("example.123"));
    assertFalse(IpLiteralCodec.endsInNumber("example.com"));
    assertFalse(IpLiteralCodec.endsInNumber("1.2.3.com"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "::1, ::1",
      "::, ::",
      "0:0:0:0:0:ffff:7f00:1, ::ffff:7f00:1",
      "::ffff:127.0.0.1, ::ffff:7f00:1",
      "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
      "fd00:ec2::254, fd00:ec2::254",
      "[2606:4700::1111], 2606:4700::1111"})
  void readsAndWritesIpv6(String text, String formatted) {
    assertEquals(formatted, IpLiteralCodec.format(IpLiteralCodec.parse(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1::2::3", "12345::1", "1:2:3:4:5:6:7:8:9", "::g", "1:2:3:4:5:6:7"})
  void rejectsInvalidIpv6(String text) {
    assertNull(IpLiteralCodec.parseIpv6(text));
  }
}
