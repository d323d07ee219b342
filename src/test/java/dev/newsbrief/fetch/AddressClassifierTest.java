package dev.newsbrief.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressClassifierTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      10.0.0.5                  | a private address
      172.16.0.1                | a private address
      172.31.255.255            | a private address
      192.168.1.1               | a private address
      127.0.0.1                 | a loopback address
      127.255.255.254           | a loopback address
      169.254.1.1               | a link-local address
      169.254.169.254           | a cloud metadata address
      100.100.100.200           | a cloud metadata address
      100.64.0.1                | a carrier-grade NAT address
      100.127.255.255           | a carrier-grade NAT address
      224.0.0.1                 | a multicast address
      239.255.255.250           | a multicast address
      0.0.0.0                   | an unspecified address
      0.1.2.3                   | an unspecified address
      255.255.255.255           | a broadcast address
      192.0.2.10                | a documentation address
      198.51.100.7              | a documentation address
      203.0.113.200             | a documentation address
      198.18.0.1                | a benchmarking address
      198.19.255.255            | a benchmarking address
      240.0.0.1                 | a reserved address
      192.0.0.8                 | a reserved address
      ::                        | an unspecified address
      ::1                       | a loopback address
      fc00::1                   | a private address
      fd12:3456::1              | a private address
      fd00:ec2::254             | a cloud metadata address
      fe80::1                   | a link-local address
      febf::1                   | a link-local address
      fec0::1                   | a private address
      ff02::1                   | a multicast address
      2001:db8::1               | a documentation address
      ::ffff:127.0.0.1          | a loopback address
      ::ffff:7f00:1             | a loopback address
      ::ffff:10.0.0.5           | a private address
      ::ffff:169.254.169.254    | a cloud metadata address
      ::127.0.0.1               | a loopback address
      ::10.0.0.5                | a private address
      64:ff9b::127.0.0.1        | a loopback address
      64:ff9b::a9fe:a9fe        | a cloud metadata address
      64:ff9b:1::10.0.0.5       | a private address
      64:ff9b:1::8.8.8.8        | a private address
      2002:7f00:1::             | a loopback address
      2002:a00:5::1             | a private address
      2002:a9fe:a9fe::1         | a cloud metadata address
      2001:0:4136:e378:8000:63bf:80ff:fffe | a loopback address
      2001:0:4136:e378:8000:63bf:f5ff:fffa | a private address
      100::1                    | a reserved address
      ::ffff:0:a00:5            | a private address
      """)
  void refusesAddressesOffThePublicInternet(String literal, String kind) {
    assertEquals(kind, AddressClassifier.kindOf(bytes(literal)), literal);
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "169.255.0.1",
      "198.20.0.1", "223.255.255.255", "2606:4700::1111", "2a00:1450:4001:80b::200e", "::ffff:93.184.216.34",
      "64:ff9b::8.8.8.8", "2002:5db8:d822::1", "2001:0:4136:e378:8000:63bf:a247:27dd"})
  void allowsPublicAddresses(String literal) {
    assertNull(AddressClassifier.kindOf(bytes(literal)), literal);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4000::1", "e000::1", "1::1"})
  void refusesIpv6OutsideGlobalUnicast(String literal) {
    assertEquals("a reserved address", AddressClassifier.kindOf(bytes(literal)));
  }

  private static byte[] bytes(String literal) {
    byte[] bytes = IpLiteralCodec.parse(literal);
    assertNotNull(bytes, literal);
    return bytes;
  }
}
