package dev.newsbrief.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageDecoderTest {
  private static final Charset GBK = Charset.forName("GBK");
  private static final String CHINESE = "中国人民银行今天宣布，从下个月开始下调金融机构存款准备金率零点五个百分点。"
      + "专家认为，这一举措将有助于保持流动性合理充裕，促进经济平稳健康发展。"
      + "朱镕基曾经担任国务院总理，他在任期间推动了国有企业改革和金融体制改革。"
      + "记者从有关部门了解到，今年以来我国经济运行总体平稳，就业形势保持稳定。";

  @Test
  void decodesGbkDeclaredOnlyInMeta() {
    String html = "<html><head><meta charset=\"gbk\"><title>新闻</title></head><body><p>" + CHINESE
        + " ① 价格 €5</p></body></html>";

    assertEquals("GB18030", PageDecoder.detect(html.getBytes(GBK), null).name());
    assertEquals(html, PageDecoder.decode(html.getBytes(GBK), null));
  }

  @Test
  void decodesGbkDeclaredInHttpEquivContentType() {
    String html = "<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=gb2312\">"
        + "</head><body><p>朱镕基 ①</p></body></html>";

    assertEquals(html, PageDecoder.decode(html.getBytes(GBK), null));
  }

  @Test
  void decodesGbkThatDeclaresNothing() {
    String html = "<html><head><title>新闻</title></head><body><p>" + CHINESE + "</p></body></html>";

    assertEquals("GB18030", PageDecoder.detect(html.getBytes(GBK), null).name());
    assertEquals(html, PageDecoder.decode(html.getBytes(GBK), null));
  }

  @Test
  void decodesTheWindowsEuroByteInGbkAsBrowsersDo() {
    byte[] bytes = concat("<meta charset=gbk><p>".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x80},
        "5 镕".getBytes(GBK));

    assertEquals("<meta charset=gbk><p>€5 镕", PageDecoder.decode(bytes, null));
  }

  @Test
  void mapsGb2312LabelToGb18030SoCharactersOutsideGb2312Survive() {
    byte[] bytes = "朱镕基".getBytes(Charset.forName("GB18030"));

    assertEquals("GB18030", PageDecoder.detect(bytes, "gb2312").name());
    assertEquals("朱镕基", PageDecoder.decode(bytes, "GB2312"));
  }

  @Test
  void aPageResavedAsUtf8ThatKeptItsOldGb2312MetaIsReadAsUtf8() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
        + "</head><body><p>" + CHINESE + "</p></body></html>";

    assertEquals(StandardCharsets.UTF_8, PageDecoder.detect(html.getBytes(StandardCharsets.UTF_8), null));
    assertEquals(html, PageDecoder.decode(html.getBytes(StandardCharsets.UTF_8), null));
  }

  @Test
  void aServerLabellingUtf8AsLatin1IsNotBelieved() {
    String html = "<p>Café crème, naïve façade — €5</p>";

    assertEquals(html, PageDecoder.decode(html.getBytes(StandardCharsets.UTF_8), "iso-8859-1"));
  }

  @Test
  void legacyTextThatIsValidUtf8ByChanceOnceKeepsItsLabel() {
    // "Â©" in windows-1252 is the bytes C2 A9, which are also UTF-8 for "©": a pair or two proves nothing
    String html = "<p>Copyright Â© 2004 Acme, Â® marks</p>";
    byte[] bytes = html.getBytes(Charset.forName("windows-1252"));

    assertEquals(html, PageDecoder.decode(bytes, "windows-1252"));
  }

  @Test
  void contentTypeHeaderWinsOverMeta() {
    String html = "<meta charset=\"gbk\"><p>café ①</p>";

    assertEquals(StandardCharsets.UTF_8, PageDecoder.detect(html.getBytes(StandardCharsets.UTF_8), "utf-8"));
    assertEquals(html, PageDecoder.decode(html.getBytes(StandardCharsets.UTF_8), "utf-8"));
  }

  @Test
  void byteOrderMarkWinsOverHeaderAndIsDropped() {
    byte[] utf8 = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
        "<p>镕</p>".getBytes(StandardCharsets.UTF_8));
    byte[] utf16le = concat(new byte[] {(byte) 0xff, (byte) 0xfe}, "<p>镕</p>".getBytes(StandardCharsets.UTF_16LE));
    byte[] utf16be = concat(new byte[] {(byte) 0xfe, (byte) 0xff}, "<p>镕</p>".getBytes(StandardCharsets.UTF_16BE));

    assertEquals(StandardCharsets.UTF_8, PageDecoder.detect(utf8, "gbk"));
    assertEquals("<p>镕</p>", PageDecoder.decode(utf8, "gbk"));
    assertEquals("<p>镕</p>", PageDecoder.decode(utf16le, "iso-8859-1"));
    assertEquals("<p>镕</p>", PageDecoder.decode(utf16be, null));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "gbk, GB18030", "x-gbk, GB18030", "GB_2312-80, GB18030", "chinese, GB18030", "csGB2312, GB18030",
      "shift_jis, windows-31j", "sjis, windows-31j", "x-sjis, windows-31j",
      "iso-8859-1, windows-1252", "latin1, windows-1252", "ascii, windows-1252", "US-ASCII, windows-1252",
      "euc-kr, x-windows-949", "big5, Big5-HKSCS", "' utf-8 ', UTF-8", "koi8-r, KOI8-R"})
  void mapsLabelsAsBrowsersDo(String label, String charset) {
    assertEquals(charset, PageDecoder.detect("<p>x</p>".getBytes(StandardCharsets.US_ASCII), label).name());
  }

  @Test
  void ignoresUnknownLabelsAndGoesOn() {
    String html = "<meta charset=\"no-such-charset\"><p>café</p>";

    assertEquals(StandardCharsets.UTF_8, PageDecoder.detect(html.getBytes(StandardCharsets.UTF_8), "bogus"));
  }

  @Test
  void readsUtf16InMetaOfAnAsciiPageAsUtf8() {
    String html = "<meta http-equiv=content-type content='text/html; charset=utf-16'><p>café</p>";

    assertEquals(StandardCharsets.UTF_8, PageDecoder.detect(html.getBytes(StandardCharsets.UTF_8), null));
  }

  @Test
  void readsTheXmlDeclaration() {
    String xhtml = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><html><p>日本語のページ</p></html>";

    assertEquals("windows-31j", PageDecoder.detect(xhtml.getBytes(Charset.forName("windows-31j")), null).name());
    assertEquals(xhtml, PageDecoder.decode(xhtml.getBytes(Charset.forName("windows-31j")), null));
  }

  @Test
  void skipsCommentsAndOtherMetas() {
    String html = "<!-- <meta charset=koi8-r> --><meta name=description content=\"charset=koi8-r\">"
        + "<meta charset=gb2312><p>朱镕基</p>";

    assertEquals("GB18030", PageDecoder.detect(html.getBytes(GBK), null).name());
  }

  @Test
  void prefersValidUtf8EvenWhenCutMidCharacter() {
    byte[] whole = "<p>新闻 café</p>新".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);

    assertEquals(StandardCharsets.UTF_8, PageDecoder.detect(cut, null));
  }

  @Test
  void fallsBackToWindows1252ForWesternText() {
    String text = "<p>Le café était très animé ce matin, près de la gare. Naïve façade, déjà vu.</p>";

    assertEquals("<p>Le café était très animé ce matin, près de la gare. Naïve façade, déjà vu.</p>",
        PageDecoder.decode(text.getBytes(Charset.forName("windows-1252")), null));
  }

  @Test
  void decodesAMegabytePageQuickly() {
    byte[] big = ("<html><head><meta charset=\"gbk\"></head><body>" + CHINESE.repeat(5000) + "</body></html>")
        .getBytes(GBK);
    long started = System.nanoTime();

    String text = PageDecoder.decode(big, null);

    assertEquals(true, text.endsWith("</body></html>"));
    assertEquals(true, System.nanoTime() - started < 2_000_000_000L, "decoding took too long");
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
