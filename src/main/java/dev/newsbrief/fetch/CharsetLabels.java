package dev.newsbrief.fetch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps charset labels to Java charsets the way browsers do (WHATWG Encoding): legacy labels name the
 * superset browsers really decode with, so characters like 镕, ①, ㈱ and € survive.
 */
final class CharsetLabels {
  private static final Map<String, Charset> WHATWG = new HashMap<>();

  static {
    Charset gb18030 = Charset.forName("GB18030");
    Charset windows31j = Charset.forName("windows-31j");
    Charset windows1252 = Charset.forName("windows-1252");
    Charset korean = Charset.isSupported("x-windows-949") ? Charset.forName("x-windows-949")
        : Charset.forName("EUC-KR");
    Charset big5 = Charset.forName("Big5-HKSCS");
    put(gb18030, "gb2312", "gbk", "x-gbk", "gb_2312-80", "gb_2312", "chinese", "csgb2312", "csiso58gb231280",
        "iso-ir-58", "gb18030", "cp936", "ms936", "windows-936");
    put(windows31j, "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j",
        "ms932", "cp932");
    put(windows1252, "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "ascii", "us-ascii",
        "windows-1252", "cp1252", "x-cp1252", "cp819", "ibm819", "csisolatin1", "iso-ir-100",
        "ansi_x3.4-1968", "iso_8859-1:1987");
    put(korean, "euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "korean", "cseuckr",
        "csksc56011987", "iso-ir-149", "windows-949");
    put(big5, "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5");
    put(StandardCharsets.UTF_8, "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8",
        "x-unicode20utf8");
    put(StandardCharsets.UTF_16LE, "utf-16", "utf-16le", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2",
        "unicodefeff");
    put(StandardCharsets.UTF_16BE, "utf-16be", "unicodefffe");
    put(Charset.forName("windows-1254"), "iso-8859-9", "latin5", "l5", "windows-1254", "cp1254");
    put(Charset.forName("x-windows-874"), "tis-620", "iso-8859-11", "windows-874", "dos-874");
  }

  private CharsetLabels() {
  }

  private static void put(Charset charset, String... labels) {
    for (String label : labels) {
      WHATWG.put(label, charset);
    }
  }

  /** The charset a browser would use for {@code label}; null when the label is unknown (then ignore it). */
  static Charset forLabel(String label) {
    if (label == null) {
      return null;
    }
    String key = label.trim().toLowerCase(Locale.ROOT);
    Charset known = WHATWG.get(key);
    if (known != null || key.isEmpty()) {
      return known;
    }
    try {
      return Charset.isSupported(key) ? Charset.forName(key) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** True for UTF-16 and UTF-32 variants, which a {@code <meta>} inside ASCII-compatible bytes cannot mean. */
  static boolean isWide(Charset charset) {
    String name = charset.name().toUpperCase(Locale.ROOT);
    return name.startsWith("UTF-16") || name.startsWith("UTF-32");
  }
}
