package dev.newsbrief.telegram;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.newsbrief.digest.Brief;
import dev.newsbrief.digest.BriefService;
import dev.newsbrief.digest.NoArticleException;
import dev.newsbrief.extract.ArticleExtractor;
import dev.newsbrief.extract.Extraction;
import dev.newsbrief.extract.Source;
import dev.newsbrief.fetch.FetchException;
import dev.newsbrief.fetch.FetchPolicy;
import dev.newsbrief.fetch.FetchedPage;
import dev.newsbrief.fetch.PageDecoder;
import dev.newsbrief.fetch.PageFetcher;
import dev.newsbrief.summarize.ExtractiveSummarizer;
import dev.newsbrief.telegram.Gen.Tally;
import dev.newsbrief.testing.TelegramHtml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Promise 3 of issue #7, no crash on bad input: random and mutated HTML, text in every script, broken UTF-8 and
 * UTF-16, control characters, RTL and zero-width marks go through extract → summarize → render → split, and
 * never does an exception escape; every message the bot would send is valid Telegram HTML of at most 4096
 * characters ({@link TelegramHtml}). A page without article text ends in the reply a user would get.
 *
 * <p>Each property is a plain JUnit test that draws its inputs from seeded generators ({@link Gen}, the small
 * methods at the end of this class) and checks them one by one. Runs are repeatable, so the build never fails at
 * random: every property starts from the seed {@value Gen#DEFAULT_SEED}. To explore further, run with another,
 * {@code mvn test -Dtest=BadInputPropertiesTest -Dnewsbrief.seed=N}. A failure names its seed and try and shows
 * the input; {@code -Dnewsbrief.seed=S -Dnewsbrief.try=I} replays that one try. Tries are kept modest (300; 100
 * for the long corpus pages) so the class adds seconds, not minutes. Each property prints how its tries ended (a
 * brief, in parts, or "no article").
 */
class BadInputPropertiesTest {
  private static final Path SHARED = Path.of(System.getProperty("newsbrief.shared", "../shared"));
  private static final BriefService SERVICE = new BriefService(new PageFetcher(FetchPolicy.defaults()),
      new ArticleExtractor(), new ExtractiveSummarizer(), 0, Duration.ofMinutes(1), Runnable::run,
      Ticker.systemTicker());

  // ---- the properties

  record PageCase(String html, String url, String language, String forwardedFrom) {
  }

  @Test
  void randomHtmlNeverCrashesAndRendersValidMessages(TestInfo test) {
    Gen.forAll(test, 300, g -> new PageCase(page(g), url(g), language(g), forwarder(g)), (c, outcomes) ->
        assertEverySendable(messagesFor(new FetchedPage(c.url(), "text/html", UTF_8, c.html()), c.language(),
            c.forwardedFrom(), outcomes)));
  }

  record TextCase(String text, String language) {
  }

  @Test
  void textInEveryScriptNeverCrashes(TestInfo test) {
    Gen.forAll(test, 300, g -> new TextCase(text(g), language(g)), (c, outcomes) -> {
      assertEverySendable(messagesFor(new FetchedPage("https://x.example/notes.txt", "text/plain", UTF_8, c.text()),
          c.language(), null, outcomes));
      // A forwarded post without a link is summarized from its own text.
      assertEverySendable(List.of(BriefRenderer.render(Texts.of(c.language()), SERVICE.briefOfText(c.text(), 5),
          "Канал ‏«قناة»")));
    });
  }

  /** A random page in one charset, damaged, then decoded under a declared charset {@code label}. */
  record EncodedCase(String page, Charset charset, List<Damage> damages, String label) {
    byte[] bytes() {
      return Damage.applyAll(page.getBytes(charset), damages);
    }
  }

  @Test
  void brokenEncodingsNeverCrash(TestInfo test) {
    Gen.forAll(test, 300, g -> new EncodedCase(page(g), charset(g), g.list(0, 5, () -> Damage.any(g)),
        charsetLabel(g)), (c, outcomes) -> {
      String decoded = PageDecoder.decode(c.bytes(), c.label());
      assertEverySendable(messagesFor(new FetchedPage("https://x.example/a", "text/html", UTF_8, decoded), "en", null,
          outcomes));
    });
  }

  record BriefCase(Brief brief, String language, String forwardedFrom) {
  }

  @Test
  void anyBriefRendersIntoValidMessages(TestInfo test) {
    Gen.forAll(test, 300, g -> new BriefCase(brief(g), language(g), forwarder(g)), (c, parts) -> {
      Texts t = Texts.of(c.language());
      List<String> messages = BriefRenderer.renderParts(t, c.brief(), c.forwardedFrom());
      parts.count(messages.size() == 1 ? "1 part" : messages.size() == 2 ? "2 parts" : "3 or more parts");
      assertEverySendable(messages);
      assertEverySendable(List.of(BriefRenderer.render(t, c.brief(), c.forwardedFrom())));
    });
  }

  /** A page of the shared corpora, damaged a few times over. */
  record CorpusCase(Path file, List<Damage> damages) {
    byte[] bytes() {
      return Damage.applyAll(read(file), damages);
    }
  }

  @Test
  void mutatedCorpusPagesNeverCrash(TestInfo test) {
    List<Path> files = corpusFiles();
    assumeFalse(files.isEmpty(),
        () -> "no corpus pages under " + SHARED.toAbsolutePath() + "/corpora; skipping the mutations");
    Gen.forAll(test, 100, g -> new CorpusCase(g.pick(files), g.list(1, 6, () -> Damage.any(g))), (c, outcomes) -> {
      String html = PageDecoder.decode(c.bytes(), null);
      assertEverySendable(messagesFor(new FetchedPage("https://news.example.com/story", "text/html", UTF_8, html),
          "zh", "Forwarded ⁦channel⁩", outcomes));
    });
  }

  record FailureCase(Exception failure, String language) {
  }

  @Test
  void everyFailureGetsASendableReply(TestInfo test) {
    Gen.forAll(test, 300, g -> new FailureCase(failure(g), language(g)), (c, outcomes) ->
        assertEverySendable(List.of(Html.escape(ErrorReplies.forFailure(Texts.of(c.language()), c.failure())))));
  }

  /** What the bot sends for a page: the brief in as many parts as it takes, or the reason there is none. */
  static List<String> messagesFor(FetchedPage page, String language, String forwardedFrom, Tally outcomes) {
    Texts t = Texts.of(language);
    try {
      Extraction x = SERVICE.extraction(page);
      Brief brief = SERVICE.summarize(x, 5);
      List<String> messages = new ArrayList<>(BriefRenderer.renderParts(t, brief, forwardedFrom));
      outcomes.count(brief.keyPoints().isEmpty() ? "brief without points"
          : messages.size() > 1 ? "brief in parts" : "brief");
      messages.add(BriefRenderer.render(t, brief, forwardedFrom)); // the one-message form buttons edit into
      return messages;
    } catch (NoArticleException e) {
      outcomes.count("no article");
      return List.of(Html.escape(ErrorReplies.forFailure(t, e)));
    }
  }

  static void assertEverySendable(List<String> messages) {
    if (messages.isEmpty()) {
      throw new AssertionError("nothing to send");
    }
    for (String message : messages) {
      String problem = TelegramHtml.problem(message);
      if (problem != null) {
        throw new AssertionError(problem + "\n--- message ---\n" + message);
      }
    }
  }

  // ---- generators

  /** Runs of letters from many scripts, outside and inside the BMP, with combining marks. */
  private static final int[][] SCRIPTS = {
      {'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {0xC0, 0x24F}, // Latin
      {0x370, 0x3FF}, {0x400, 0x4FF}, // Greek, Cyrillic
      {0x590, 0x5FF}, {0x600, 0x6FF}, {0x900, 0x97F}, // Hebrew, Arabic, Devanagari
      {0xE00, 0xE7F}, {0x3040, 0x30FF}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, // Thai, kana, Han, Hangul
      {0x1F300, 0x1FAFF}, {0x1D400, 0x1D7FF}, {0x20000, 0x2A6DF}, // emoji, math letters, Han extension B
      {0x300, 0x36F}, // combining marks
  };
  /** Controls, zero-width and bidi marks, BOMs, separators, non-characters. */
  private static final String ODD = "\u0000\u0001\u0007\b\t\u000b\f\r\u001b\u007f\u0085\u009f"
      + "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
      + "\ufeff\u00ad\u2028\u2029\u00a0\u3000\ufffd\ufffe\uffff\u034f";
  private static final String PUNCTUATION = ".!?。！？；,:;\"'«»“”()[]{}<>&/\\#%*-–—…";
  /** Real sentences, so that enough pages have an article to summarize. */
  private static final List<String> SENTENCES = List.of(
      "The council approved the new transit plan on Tuesday after a long debate about costs. ",
      "Officials said twelve bus routes will reach the eastern suburbs for the first time. ",
      "国务院总理在政府工作报告中提出，今年国内生产总值增长预期目标为百分之六以上。",
      "报告指出，要保持宏观政策连续性、稳定性、可持续性，促进经济运行在合理区间。",
      "Правительство утвердило новый план развития транспорта на ближайшие пять лет. ",
      "وافق المجلس على خطة النقل الجديدة بعد نقاش طويل حول التكاليف والطرق. ",
      "הממשלה אישרה את תוכנית התחבורה החדשה לאחר דיון ארוך על העלויות. ",
      "政府は新しい交通計画を承認し、来年から運行を始めると発表した。",
      "정부는 새로운 교통 계획을 승인했으며 내년부터 운행을 시작한다고 밝혔다. ",
      "सरकार ने नई परिवहन योजना को मंजूरी दी और अगले साल से सेवा शुरू होगी। ");
  private static final List<String> TAG_NAMES = List.of("html", "head", "body", "title", "meta", "link", "script",
      "style", "p", "div", "span", "a", "article", "section", "main", "header", "nav", "footer", "aside", "h1", "h2",
      "h3", "ul", "ol", "li", "blockquote", "pre", "code", "table", "tr", "td", "figure", "figcaption", "time", "b",
      "i", "em", "strong", "br", "img", "iframe", "form", "input", "noscript", "template", "svg", "math", "select",
      "textarea", "dl", "dt", "dd", "sup", "tg-spoiler");
  private static final List<String> ATTRIBUTES = List.of(" class=\"article-body\"", " class=\"content\"",
      " class=\"paywall\"", " class=\"nav menu\"", " class=\"related\"", " class=\"share\"", " class=\"byline\"",
      " class=\"sources\"", " id=\"root\"", " id=\"content\"", " href=\"https://a.example/x?a=1&b=2\"",
      " href=\"javascript:alert(1)\"", " href=\"/relative\"", " href=\"\"", " lang=\"ar\"", " lang=\"zh-CN\"",
      " dir=\"rtl\"", " itemprop=\"articleBody\"", " itemprop=\"author\"", " property=\"og:title\" content=\"T&amp;T\"",
      " name=\"description\" content=\"", " datetime=\"2024-02-30T25:61\"", " type=\"password\"", " rel=\"author\"",
      " charset=\"utf-16\"", " http-equiv=\"refresh\" content=\"0;url=https://b.example/\"", " hidden",
      " style=\"display:none\"", " onclick=\"x()\"");
  private static final List<String> SPECIALS = List.of("<!-- c -->", "<!--", "-->", "<![CDATA[x]]>",
      "<script>var a='</p><b>';</script>", "<style>p{}</style>", "<!DOCTYPE html>", "<?xml version='1.0'?>", "<",
      ">", "</", "<p", "\"", "'", "&", "&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&#x1F600;", "&#0;", "&#xD800;",
      "&#55357;", "&bogus;", "&#x110000;", "&#99999999999;", "&amp", "&#", "<noscript>Please enable JavaScript</noscript>",
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H<b>\",\"articleBody\":\"",
      "\"}</script>", "<script type=\"application/ld+json\">{\"@graph\":[[[{}]]]}</script>", "<h2>Sources</h2>",
      "<h2>参考资料</h2>", "<ul><li><a href=\"https://a.example/r\">Report, 2024</a></li></ul>", "<br>", "<hr>",
      "<table><tr><td>", "<input type=password>", "<time datetime=\"2024-13-45\">", "<title>", "</title>",
      "<meta property=\"og:site_name\" content=\"", "\">", "<a href=\"", "</a>", "<html lang=\"", "<svg><text>x</text>",
      "<math><mi>x</mi>", "<template><p>hidden</p></template>", "<textarea>", "<plaintext>", "<xmp>", "<frameset>",
      "<base href=\"javascript:x\">", "<tg-spoiler>", "<span class=\"tg-spoiler\">");

  /** A run of 1 to 12 code points from one script. */
  static String scriptRun(Gen g) {
    int[] range = g.pick(SCRIPTS);
    int[] codePoints = g.list(1, 12, () -> g.between(range[0], range[1])).stream().mapToInt(Integer::intValue)
        .toArray();
    return new String(codePoints, 0, codePoints.length);
  }

  static String textPiece(Gen g) {
    return g.weighted(
        Gen.weight(8, () -> scriptRun(g)),
        Gen.weight(5, () -> g.pick(" ", " ", " ", "\n", "\n\n", ". ", "。", "! ", "? ", "\r\n")),
        Gen.weight(4, () -> g.pick(SENTENCES)),
        Gen.weight(2, () -> g.charOf(ODD)),
        Gen.weight(2, () -> g.charOf(PUNCTUATION)));
  }

  /** Text in every script, with controls, RTL and zero-width marks, sometimes very long. */
  static String text(Gen g) {
    String text = g.join(0, 150, () -> textPiece(g));
    return text.repeat(g.weighted(Gen.weight(9, () -> 1), Gen.weight(1, () -> 40)));
  }

  static String openTag(Gen g) {
    return "<" + g.pick(TAG_NAMES) + g.join(0, 3, () -> g.pick(ATTRIBUTES)) + ">";
  }

  static String closeTag(Gen g) {
    return "</" + g.pick(TAG_NAMES) + ">";
  }

  /** A whole paragraph of real sentences, so that a good share of pages hold an article to summarize. */
  static String paragraph(Gen g) {
    return "<p>" + g.join(2, 6, () -> g.pick(SENTENCES)) + textPiece(g) + "</p>";
  }

  /** Random HTML: tags with telling classes, text, entities, broken and exotic markup. */
  static String page(Gen g) {
    return g.join(0, 300, () -> g.weighted(
        Gen.weight(6, () -> openTag(g)), Gen.weight(4, () -> closeTag(g)), Gen.weight(8, () -> textPiece(g)),
        Gen.weight(3, () -> g.pick(SPECIALS)), Gen.weight(2, () -> paragraph(g))));
  }

  static String url(Gen g) {
    return g.pick("https://news.example.com/a?x=1&y=%222%22", "http://例子.测试/新闻", "https://x.example/%3Cscript%3E",
        "https://xn--fsqu00a.xn--0zwm56d/path#frag", "https://www.example.org/" + "a".repeat(3000),
        "https://[2001:db8::1]:8443/p", "http://example.com/<b>&\"quote\"", "https://رابط.مثال/مقال",
        "https://long.example/?q=" + "%E6%96%B0".repeat(2000));
  }

  static String language(Gen g) {
    return g.pick("en", "zh", "ru", "ar");
  }

  /** Who a post was forwarded from: odd names, any text, or no one. */
  static String forwarder(Gen g) {
    return g.oneOf(() -> g.pick("Канал", "قناة ‏الأخبار", "<b>&amp;</b>", "x".repeat(500), ""), () -> text(g),
        () -> null);
  }

  /** One way to damage bytes: where (a share of the length), how, and a number the kind uses. */
  record Damage(int kind, double at, int value) {
    static final byte[][] INVALID = {{(byte) 0xff}, {(byte) 0xfe}, {(byte) 0xc0, (byte) 0x80},
        {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xe2, (byte) 0x82}, {(byte) 0xd8, 0x00}, {0x00, (byte) 0xdc}, {(byte) 0x81, 0x30},
        {(byte) 0x8e}, {0x1b, 0x24, 0x42}};
    static final byte[][] BOMS = {{(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, {(byte) 0xfe, (byte) 0xff},
        {(byte) 0xff, (byte) 0xfe}, {(byte) 0xff, (byte) 0xfe, 0, 0}};
    static final List<String> INSERTS = List.of("<meta charset=\"utf-16\">", "<meta charset=gbk>",
        "<meta http-equiv=Content-Type content=\"text/html; charset=shift_jis\">", "<?xml encoding=\"utf-32\"?>",
        "<div>".repeat(3000), "</p></div></article>", "<script>", "<!--", "<title>", "<plaintext>", "\u0000\u0000");


    static Damage any(Gen g) {
      return new Damage(g.between(0, 8), g.fraction(), g.between(0, 1000));
    }

    byte[] apply(byte[] in) {
      int pos = (int) Math.min(in.length, Math.floor(at * in.length));
      return switch (kind) {
        case 0 -> { // one byte changed
          byte[] out = in.clone();
          if (pos < out.length) {
            out[pos] = (byte) value;
          }
          yield out;
        }
        case 1 -> splice(in, pos, pos, INVALID[value % INVALID.length]);
        case 2 -> java.util.Arrays.copyOf(in, pos); // cut off, mid-character as often as not
        case 3 -> splice(in, pos, Math.min(in.length, pos + value * 37), new byte[0]);
        case 4 -> splice(in, pos, pos, java.util.Arrays.copyOfRange(in, pos, Math.min(in.length, pos + value * 53)));
        case 5 -> splice(in, pos, pos, INSERTS.get(value % INSERTS.size()).getBytes(UTF_8));
        case 6 -> splice(in, 0, 0, BOMS[value % BOMS.length]);
        case 7 -> splice(in, pos, pos, "<div><b><a href=x>".repeat(value).getBytes(UTF_8));
        default -> { // the halves swapped
          byte[] out = new byte[in.length];
          System.arraycopy(in, pos, out, 0, in.length - pos);
          System.arraycopy(in, 0, out, in.length - pos, pos);
          yield out;
        }
      };
    }

    private static byte[] splice(byte[] in, int from, int to, byte[] insert) {
      byte[] out = new byte[in.length - (to - from) + insert.length];
      System.arraycopy(in, 0, out, 0, from);
      System.arraycopy(insert, 0, out, from, insert.length);
      System.arraycopy(in, to, out, from + insert.length, in.length - to);
      return out;
    }

    static byte[] applyAll(byte[] page, List<Damage> damages) {
      byte[] out = page;
      for (Damage d : damages) {
        out = d.apply(out);
      }
      return out;
    }
  }


  /** The charset a random page is encoded in before it is damaged ({@link EncodedCase}). */
  static Charset charset(Gen g) {
    return Charset.forName(g.pick("UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "windows-1252", "Shift_JIS",
        "windows-1251", "Big5", "EUC-KR"));
  }

  /** The charset a page declares: right, wrong, bogus, or none. */
  static String charsetLabel(Gen g) {
    return g.orNull(0.3, () -> g.pick("utf-8", "UTF-16", "utf-16le", "gbk", "gb2312", "shift_jis", "iso-8859-1",
        "windows-1251", "koi8-r", "big5", "euc-kr", "bogus", "", "utf-7", "x-user-defined", "latin1\"; x=1"));
  }

  /** Text for any field of a brief, or null one time in five. */
  static String nullableText(Gen g) {
    return g.orNull(0.2, () -> text(g));
  }

  static Source source(Gen g) {
    return new Source(nullableText(g), nullableText(g), g.orNull(0.5, () -> g.pick("2024-01-01", "昨天", "")),
        g.orNull(0.2, () -> g.oneOf(() -> url(g), () -> g.pick("javascript:alert(1)", "ftp://x", "/rel", "<b>"))));
  }

  /** Briefs with anything in every field: huge, empty, scripts, markup, odd characters. */
  static Brief brief(Gen g) {
    return new Brief(
        g.orNull(0.2, () -> url(g)),
        nullableText(g),
        nullableText(g),
        g.orNull(0.3, () -> g.pick("2024-05-01", "2024-05-01T08:30:00+08:00", "2024", "", "<i>2024-05-01", "二〇二四年")),
        g.orNull(0.3, () -> g.pick("en", "zh", "zh-Hant-TW", "ar", "", "<b>", "x".repeat(100))),
        g.list(0, 30, () -> text(g)),
        g.list(0, 20, () -> source(g)),
        "extractive",
        g.between(1, 100_000),
        nullableText(g));
  }

  /** The media type a site claims: refused ones, markup, 9,000 characters, any text, or none. */
  static String mediaType(Gen g) {
    return g.orNull(0.2, () -> g.oneOf(() -> g.pick("application/pdf", "image/<svg>", "x/" + "y".repeat(9000)),
        () -> text(g)));
  }

  /** What reading a link can end in, with whatever a hostile site puts in its status and headers. */
  static Exception failure(Gen g) {
    return g.oneOf(
        () -> {
          String url = url(g);
          return new FetchException(g.pick(FetchException.Reason.values()), url, g.between(0, 999), mediaType(g),
              url + ": failed", null);
        },
        () -> {
          String url = url(g);
          return new NoArticleException(url, url + ": no article text found");
        },
        () -> new IllegalStateException("a bug"));
  }

  // ---- the shared corpora

  private static volatile List<Path> corpusFiles;

  /** The corpora's pages: the gzipped UTF-8 copies, and the original bytes where kept; empty when absent. */
  static List<Path> corpusFiles() {
    if (corpusFiles == null) {
      List<Path> files = new ArrayList<>();
      Path corpora = SHARED.resolve("corpora");
      if (Files.isDirectory(corpora)) {
        try (Stream<Path> all = Files.walk(corpora, 3)) {
          all.filter(p -> p.toString().endsWith(".html.gz") || p.getParent().endsWith("orig")
              && p.toString().endsWith(".html")).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      corpusFiles = List.copyOf(files);
    }
    return corpusFiles;
  }

  private static byte[] read(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
