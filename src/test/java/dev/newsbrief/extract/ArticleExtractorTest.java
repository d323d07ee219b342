package dev.newsbrief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private static final String BODY = """
      <p>The city council voted on Tuesday to expand the bus network, adding twelve routes that will reach the
      eastern suburbs for the first time, according to officials who spoke after the meeting.</p>
      <p>Supporters said the plan, which costs about $40 million a year, would cut commuting times, reduce
      traffic and give workers without cars a way to reach jobs in the industrial park.</p>
      <p>Opponents argued that the money should go to road repairs first, and that ridership forecasts were
      too optimistic, but the measure passed by a vote of nine to four.</p>
      """;
  private static final String ZH_BODY = """
      <p>新华社北京3月5日电，国务院总理在政府工作报告中提出，今年国内生产总值增长预期目标为百分之六以上，
      城镇新增就业一千一百万人以上，居民消费价格涨幅百分之三左右。</p>
      <p>报告指出，要保持宏观政策连续性、稳定性、可持续性，促进经济运行在合理区间，巩固拓展疫情防控和经济社会发展成果。</p>
      <p>报告还提出，要继续做好“六稳”“六保”工作，持续改善民生，着力推动高质量发展，推进科技自立自强。</p>
      """;

  private final ArticleExtractor extractor = new ArticleExtractor();

  private static String page(String head, String body) {
    return "<html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  @Test
  void stripsSiteSuffixFromTitle() {
    Article a = extractor.extract(page("<title>Council expands bus network | Springfield Herald</title>"
        + "<meta property=og:site_name content='Springfield Herald'>", "<article>" + BODY + "</article>"), null);
    assertEquals("Council expands bus network", a.title());
    Article zh = extractor.extract(page("<title>政府工作报告提出今年经济增长目标_网易新闻</title>",
        "<div class=content>" + ZH_BODY + "</div>"), null);
    assertEquals("政府工作报告提出今年经济增长目标", zh.title());
  }

  @Test
  void prefersTheHeadingTheTitleContainsOverTheSiteName() {
    Article a = extractor.extract(page("<title>Springfield Herald - Council expands bus network</title>",
        "<h1>Council expands bus network</h1><article>" + BODY + "</article>"), null);
    assertEquals("Council expands bus network", a.title());
    assertFalse(a.paragraphs().contains("Council expands bus network"), "headline is not body text");
  }

  @Test
  void readsOpenGraphAndJsonLdMetadata() {
    String head = """
        <title>ignored | Herald</title>
        <meta property="og:title" content="Council expands bus network">
        <meta property="og:image" content="/img/bus.jpg">
        <link rel="canonical" href="/news/bus-network">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@type":"NewsArticle","headline":"Council expands bus network",
         "datePublished":"2021-03-05T10:20:00+01:00","author":[{"@type":"Person","name":"Jane Roe"}],
         "publisher":{"@type":"Organization","name":"Springfield Herald"}}
        </script>""";
    Article a = extractor.extract(page(head, "<article>" + BODY + "</article>"), "https://herald.example/x?y=1");
    assertEquals("Council expands bus network", a.title());
    assertEquals("Springfield Herald", a.siteName());
    assertEquals("Jane Roe", a.byline());
    assertEquals("2021-03-05T10:20:00+01:00", a.published());
    assertEquals("https://herald.example/news/bus-network", a.canonicalUrl());
    assertEquals("https://herald.example/img/bus.jpg", a.imageUrl());
    assertEquals("en", a.language());
  }

  @Test
  void fallsBackToJsonLdArticleBodyWhenThePageShowsLittleOfIt() {
    String full = "The city council voted on Tuesday to expand the bus network, adding twelve routes.\n\n"
        + "Supporters said the plan would cut commuting times and reduce traffic across the region.\n\n"
        + "Opponents argued that the money should go to road repairs first, but the measure passed.\n\n"
        + "Officials said the first new routes would open in September, with the rest next spring.";
    String head = "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"articleBody\":\""
        + full.replace("\n", "\\n") + "\"}</script>";
    Article a = extractor.extract(page(head, "<article><p>The city council voted on Tuesday.</p>"
        + "<div class=paywall-prompt>Subscribe to read more</div></article>"), null);
    assertEquals(4, a.paragraphs().size(), a.text());
    assertTrue(a.paragraphs().get(3).startsWith("Officials said"), a.text());
  }

  @Test
  void readsTheDateFromTimeElementWhenMetaHasNone() {
    Article a = extractor.extract(page("<title>Buses</title>",
        "<article><time datetime='2021-03-05T10:20:00Z'>March 5</time>" + BODY + "</article>"), null);
    assertEquals("2021-03-05T10:20:00Z", a.published());
  }

  @Test
  void findsChineseDateNextToTheHeadline() {
    String body = "<div class=title><h1>政府工作报告提出今年经济增长目标</h1><span>2021年3月5日 10:20</span></div>"
        + "<div class=content>" + ZH_BODY + "</div>";
    Article a = extractor.extract(page("<title>政府工作报告提出今年经济增长目标</title>", body), null);
    assertEquals("2021-03-05T10:20:00", a.published());
  }

  @Test
  void takesLanguageFromHtmlLangUnlessTheScriptSaysOtherwise() {
    Article declared = extractor.extract("<html lang=en-GB><body><article>" + BODY + "</article></body></html>", null);
    assertEquals("en", declared.language());
    Article zh = extractor.extract("<html lang=zh-CN><body><div>" + ZH_BODY + "</div></body></html>", null);
    assertEquals("zh", zh.language());
    Article mislabelled = extractor.extract("<html lang=en><body><div>" + ZH_BODY + "</div></body></html>", null);
    assertEquals("zh", mislabelled.language());
    Article undeclared = extractor.extract("<html><body><article><p>Die Regierung hat am Dienstag beschlossen, dass"
        + " die neuen Regeln nicht für alle Banken gelten, und die Opposition ist mit dem Plan nicht zufrieden."
        + "</p></article></body></html>", null);
    assertEquals("de", undeclared.language());
  }

  @Test
  void trustsLongTextOverATemplateLangAttribute() {
    String german = "<p>Die Regierung hat am Dienstag beschlossen, dass die neuen Regeln nicht für alle Banken gelten,"
        + " und die Opposition ist mit dem Plan nicht zufrieden, weil sie eine andere Lösung für die Kunden will.</p>";
    Article a = extractor.extract("<html lang=en><body><article>" + german.repeat(4) + "</article></body></html>", null);
    assertEquals("de", a.language());
  }

  @Test
  void prefersTheHeadingOverALongerSitePartOfTheDeclaredTitle() {
    Article a = extractor.extract(page("<meta property=og:title content='金锺国 - 维基百科，自由的百科全书'>",
        "<h1>金锺国</h1><div>" + ZH_BODY + "</div>"), null);
    assertEquals("金锺国", a.title());
  }

  @Test
  void removesPageFurnitureAroundAndInsideTheArticle() {
    String body = """
        <nav><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></nav>
        <div class=cookie-banner>We use cookies to improve your experience. Accept all cookies</div>
        <article>
          <div class=share-bar><a href=#>Share on Facebook</a> <a href=#>Tweet</a></div>
          %s
          <figure><img src=a.jpg><figcaption>Buses at the depot. Photo: John Doe</figcaption></figure>
          <p>Advertisement</p>
          <p>Officials said the first new routes would open in September, with the rest following next spring.</p>
          <p>Advertisement</p>
          <p>Subscribe to our newsletter for the latest news</p>
          <p>Advertisement</p>
          <div class=related><h3>Related</h3><ul><li><a href=/a>Train fares rise again</a></li>
            <li><a href=/b>New bridge opens</a></li></ul></div>
        </article>
        <div id=comments><p>Great news, finally! Posted by Bob, who thinks the plan is long overdue.</p></div>
        <footer>© 2021 Springfield Herald. All rights reserved.</footer>
        """.formatted(BODY);
    Article a = extractor.extract(page("<title>Buses</title>", body), null);
    String text = a.text();
    assertEquals(4, a.paragraphs().size(), text);
    assertTrue(text.startsWith("The city council voted"), text);
    assertTrue(text.endsWith("following next spring."), text);
    for (String junk : List.of("cookies", "Share", "Photo", "Advertisement", "newsletter", "Train fares",
        "Great news", "rights reserved", "Home")) {
      assertFalse(text.contains(junk), junk + " left in: " + text);
    }
  }

  @Test
  void keepsAnEmbeddedTweetTheArticleQuotes() {
    String body = "<article>" + BODY + "<div class=social-media-embed><blockquote class=twitter-tweet>"
        + "<p>Finally a bus to the east side, this will change my commute completely: <a href=https://t.co/x>"
        + "https://t.co/x</a></p>— Rider (@rider) <a href=https://twitter.com/r/1>March 5, 2021</a></blockquote>"
        + "</div></article>";
    Article a = extractor.extract(page("<title>Buses</title>", body), null);
    assertTrue(a.text().contains("Finally a bus to the east side"), a.text());
  }

  @Test
  void removesChinesePortalBoilerplate() {
    String body = "<div class=post_body>" + ZH_BODY
        + "<p>打开网易新闻 查看更多图片</p><p>本文来自网易号客户端，仅代表作者观点</p>"
        + "<p>声明丨本文为转载，版权归原作者所有</p><p>点击进入专题：2021全国两会</p>"
        + "<p>更多精彩内容，请关注我们</p><p>(责任编辑：王晓)</p></div>";
    Article a = extractor.extract(page("<title>报告</title>", body), null);
    assertEquals(3, a.paragraphs().size(), a.text());
    assertTrue(a.paragraphs().get(0).startsWith("新华社北京3月5日电"), a.text());
  }

  @Test
  void keepsSentencesThatMerelyMentionBoilerplateWords() {
    String body = "<article>" + BODY + "<p>The council's newsletter first reported the vote on Monday.</p>"
        + "<p>该市交通局的微信公众号随后发布了新线路的时刻表。</p></article>";
    Article a = extractor.extract(page("<title>Buses</title>", body), null);
    assertTrue(a.text().contains("newsletter first reported"), a.text());
    assertTrue(a.text().contains("微信公众号随后发布"), a.text());
  }

  @Test
  void keepsChineseTextWithoutInsertedSpaces() {
    Article a = extractor.extract(page("", "<div>" + ZH_BODY + "</div>"), null);
    assertTrue(a.paragraphs().get(0).contains("百分之六以上，城镇新增就业"), a.paragraphs().get(0));
  }

  @Test
  void turnsAChineseSourcesListIntoSources() {
    String body = "<div class=article>" + ZH_BODY + "<p>信息来源：</p>"
        + "<p>1. 《2021年政府工作报告》，新华社，2021年3月5日</p>"
        + "<p>2. 人民日报：两会特刊 (2021-03-06)</p></div>";
    Article a = extractor.extract(page("<title>报告</title>", body), null);
    assertEquals(3, a.paragraphs().size(), a.text());
    assertFalse(a.text().contains("信息来源"));
    assertEquals(List.of(new Source("2021年政府工作报告", "新华社", "2021-03-05", null),
        new Source("两会特刊", "人民日报", "2021-03-06", null)), a.sources());
  }

  @Test
  void readsAWikiReferenceListWithoutItsEditLinkBackLinksAndArchiveNotes() {
    String body = "<div class=article>" + ZH_BODY + "<h2>参考资料[编辑]</h2><ol>"
        + "<li>^ 常错译金钟国，后正名为金锺国</li>"
        + "<li>^ <a href='https://news.example/a'>金鍾國真實告白</a>. 中国报. [2013-09-09]. （原始内容存档于2013-11-11）</li>"
        + "</ol></div>";
    Article a = extractor.extract(page("<title>金锺国</title>", body), null);
    assertFalse(a.text().contains("参考资料"), a.text());
    assertEquals(2, a.sources().size(), a.sources().toString());
    assertEquals("常错译金钟国，后正名为金锺国", a.sources().get(0).title());
    assertFalse(a.sources().get(1).title().contains("存档"), a.sources().toString());
    assertFalse(a.sources().get(1).title().contains("["), a.sources().toString());
    assertEquals("2013-09-09", a.sources().get(1).date());
  }

  @Test
  void theNextWikiSectionsHeadingAnArchivedCopyPlaceholderAndLanguageNotesAreNoSources() {
    String body = "<div class=article>" + ZH_BODY + "<h2>参考资料[编辑]</h2><ol>"
        + "<li>^ <a href='https://news.example/a'>市长的一天</a>. 晨报. [2019-05-01].</li>"
        + "<li>^ <a href='https://archive.example/b'>存档副本</a>. [2020-01-02].</li>"
        + "<li>^ 市长为横跨城南河的新大桥剪彩. Daily Star. . （美国英语）. [2016-12-23].</li>"
        + "</ol><h2>外部链接[编辑]</h2></div>";
    Article a = extractor.extract(page("<title>市长</title>", body), null);
    assertEquals(3, a.sources().size(), a.sources().toString());
    assertTrue(a.sources().get(0).title().startsWith("市长的一天"), a.sources().toString());
    assertEquals("市长为横跨城南河的新大桥剪彩. Daily Star", a.sources().get(2).title());
    assertEquals(null, a.sources().get(1).title(), a.sources().toString());
    assertEquals("https://archive.example/b", a.sources().get(1).url());
  }

  @Test
  void readsTextWhoseEntitiesThePageEscapedTwice() {
    assertEquals("\"But the third is hard to find,\" he said. R&D at AT&T costs <5%.",
        BlockCollector.unescapeTwice("&#034;But the third is hard to find,&quot; he said. R&D at AT&T costs &lt;5%."));
    assertEquals("Fish & chips &c.", BlockCollector.unescapeTwice("Fish & chips &c."));
  }

  @Test
  void turnsAnEnglishSourcesListIntoSources() {
    String body = "<article>" + BODY + "<h3>Sources:</h3><ul>"
        + "<li><a href='https://city.example/minutes'>City council minutes (2021-03-02)</a></li>"
        + "<li>Transit Weekly: Ridership report, March 1, 2021</li></ul></article>";
    Article a = extractor.extract(page("<title>Buses</title>", body), "https://herald.example/");
    assertEquals(3, a.paragraphs().size(), a.text());
    assertEquals(new Source("City council minutes", null, "2021-03-02", "https://city.example/minutes"),
        a.sources().get(0));
    assertEquals(new Source("Ridership report", "Transit Weekly", "2021-03-01", null), a.sources().get(1));
  }

  @Test
  void aSubscribePromptNamedPaywallIsDroppedButAnArticleNamedPaywallIsKept() {
    org.jsoup.nodes.Element prompt = org.jsoup.Jsoup.parse(
        "<div class=paywall><h3>Subscribe to keep reading</h3><p>Unlimited access for $1 a week.</p></div>")
        .selectFirst("div");
    org.jsoup.nodes.Element body = org.jsoup.Jsoup.parse("<div class=paywall><p>" + "The council met. ".repeat(60)
        + "</p></div>").selectFirst("div");
    assertTrue(PageCleaner.paywallPrompt(prompt));
    assertFalse(PageCleaner.paywallPrompt(body));
  }

  @Test
  void dropsABareLinkWordFromASourceTitle() {
    assertEquals(new Source("Annual Energy Outlook 2025", "National Energy Agency", "2025-01-15",
            "https://energy.example.gov/o"),
        SourcesParser.parse("National Energy Agency: Annual Energy Outlook 2025 (2025-01-15)  link",
            "https://energy.example.gov/o"));
    assertEquals(new Source("能源发展报告", "国家能源局", null, "https://nea.example.cn/r"),
        SourcesParser.parse("《能源发展报告》，国家能源局 【原文链接】", "https://nea.example.cn/r"));
  }

  @Test
  void treatsATopAttributionLineAsPublisherNotSources() {
    String body = "<div class=article><p>来源：新华社</p>" + ZH_BODY + "</div>";
    Article a = extractor.extract(page("<title>报告</title>", body), null);
    assertTrue(a.sources().isEmpty());
    assertEquals("新华社", a.siteName());
    assertFalse(a.text().contains("来源"), a.text());
  }

  @Test
  void survivesTheCleanEvalTextWrapper() {
    String html = "<text id=http://news.example.cn/a.html title=\"报告\" encoding=gb2312>\n"
        + "<html><head><title>政府工作报告_新闻中心</title></head><body><table><tr><td>" + ZH_BODY
        + "</td></tr></table></body></html>";
    Article a = extractor.extract(html, null);
    assertEquals("政府工作报告", a.title());
    assertEquals(3, a.paragraphs().size(), a.text());
  }

  @Test
  void splitsPlainTextIntoParagraphs() {
    Article blocks = extractor.fromText("First paragraph\ncontinues here.\n\nSecond  paragraph.\n", "T", null);
    assertEquals(List.of("First paragraph continues here.", "Second paragraph."), blocks.paragraphs());
    assertEquals("T", blocks.title());
    Article lines = extractor.fromText("One line.\r\nAnother line.", null, "https://x.example/");
    assertEquals(List.of("One line.", "Another line."), lines.paragraphs());
    assertEquals("https://x.example/", lines.url());
  }

  @Test
  void givesNoParagraphsForEmptyOrGarbageHtml() {
    for (String html : new String[] {"", "   ", null, "<html></html>", "<<<>>>&&&", "<script>var a=1;</script>",
        "<div><div><span></span></div></div>", "\u0000\u0001\u0002"}) {
      Article a = extractor.extract(html, null);
      assertTrue(a.paragraphs().isEmpty(), String.valueOf(html));
      assertTrue(a.sources().isEmpty());
    }
    assertNull(extractor.extract("", "https://x.example/").title());
  }

  @Test
  void lazyLoadedParagraphsInDataAttributesAreRead() {
    String html = "<html><head><title>地方政府出台新政</title></head><body><div class=article>"
        + "<p data-content='新华社北京3月5日电，国务院总理在政府工作报告中提出，今年国内生产总值增长预期目标为百分之六以上。'></p>"
        + "<p data-lazy-text='报告指出，要保持宏观政策连续性、稳定性、可持续性，促进经济运行在合理区间。'></p>"
        + "<div data-html='&lt;p&gt;城镇新增就业一千一百万人以上，居民消费价格涨幅百分之三左右，粮食产量保持在一万三千亿斤以上。&lt;/p&gt;"
        + "&lt;script&gt;alert(1)&lt;/script&gt;'></div>"
        + "<div class=share data-title='Share this story with your friends and family today'></div>"
        + "<img data-src='https://img.example.com/a.jpg' alt=''>"
        + "</div></body></html>";
    Article article = extractor.extract(html, "https://news.example.cn/a.html");
    assertEquals(List.of("新华社北京3月5日电，国务院总理在政府工作报告中提出，今年国内生产总值增长预期目标为百分之六以上。",
        "报告指出，要保持宏观政策连续性、稳定性、可持续性，促进经济运行在合理区间。",
        "城镇新增就业一千一百万人以上，居民消费价格涨幅百分之三左右，粮食产量保持在一万三千亿斤以上。"), article.paragraphs());
  }
}
