package dev.newsbrief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One test per title shape that came out wrong on the dev corpora. */
class TitleShapesTest {
  private static final String BODY = "<p>The city council voted on Tuesday to expand the bus network, adding twelve"
      + " routes that will reach the eastern suburbs for the first time, officials said after the meeting.</p>"
      + "<p>Supporters said the plan, which costs about $40 million a year, would cut commuting times, reduce"
      + " traffic and give workers without cars a way to reach jobs in the industrial park.</p>";
  private static final String ZH_BODY = "<p>新华社北京3月5日电，国务院总理在政府工作报告中提出，今年国内生产总值增长预期目标为百分之六以上，"
      + "城镇新增就业一千一百万人以上，居民消费价格涨幅百分之三左右。</p>"
      + "<p>报告指出，要保持宏观政策连续性、稳定性、可持续性，促进经济运行在合理区间，巩固拓展疫情防控和经济社会发展成果。</p>";

  private final ArticleExtractor extractor = new ArticleExtractor();

  private String title(String head, String body) {
    return extractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>", null).title();
  }

  @Test
  void socialTitleRewordedByTheHeadlineGivesTheHeadline() {
    assertEquals("Julian Assange: Sweden drops rape investigation", title(
        "<meta property=og:title content='Sweden drops Assange rape investigation'>",
        "<h1>Julian Assange: Sweden drops rape investigation</h1><article>" + BODY + "</article>"));
  }

  @Test
  void unrelatedHeadingDoesNotReplaceTheSocialTitle() {
    assertEquals("Council expands bus network", title(
        "<meta property=og:title content='Council expands bus network'>",
        "<h1>Springfield Herald</h1><article>" + BODY + "</article>"));
  }

  @Test
  void bareHyphenBetweenChineseWordsSeparatesTheSite() {
    assertEquals("劳伦斯：一个无法定义的“洛克菲勒”", title("<title>劳伦斯：一个无法定义的“洛克菲勒”-搜狐财经</title>",
        "<div class=content>" + ZH_BODY + "</div>"));
  }

  @Test
  void logoHeadingClosingTheTitleIsTheSiteNotTheHeadline() {
    assertEquals("土豆不“土” 土豆无“土”", title("<title>土豆不“土” 土豆无“土” 松花江网</title>",
        "<h1>松花江网</h1><div class=content>" + ZH_BODY + "</div>"));
  }

  @Test
  void blogNameTitleGivesThePostHeadingAboveTheText() {
    assertEquals("谁来为无序拆房“埋单”？", title("",
        "<div id=header><h1 class=title><a href=index.html>bjreader的博客</a></h1></div>"
            + "<div class=entity><h2 class=diaryTitle>谁来为无序拆房“埋单”？- -</h2>" + ZH_BODY + "</div>"));
  }

  @Test
  void breadcrumbTitleGivesTheHeadingAboveTheText() {
    assertEquals("中国艺术研究院2004年博士生招生简章", title("<title>世艺网&gt;艺术教育</title>",
        "<div>您的位置：主页</div><p align=center><strong>中国艺术研究院2004年博士生招生简章</strong></p>"
            + "<div class=content>" + ZH_BODY + "</div>"));
  }

  @Test
  void forumTitleGivesThePostsOwnTitleWithoutBoardTagOrSite() {
    assertEquals("朋友,请正确客观认识凉山、西昌！", title("<title>大话四川-[原创]朋友,请正确客观认识凉山、西昌！[麻辣社区]</title>",
        "<div>大话四川</div><div class=content>" + ZH_BODY + "</div>"));
    assertEquals("中俄东线天然气管道全线贯通", title("<title>中俄东线天然气管道全线贯通【新华网】</title>",
        "<div class=content>" + ZH_BODY + "</div>"));
  }

  @Test
  void blogArchiveTitleGivesTheFirstPostTitle() {
    String post = "<table><tr><td class=post-title>昨天去金矿玩 (图)</td><td class=post-title>2005-03-21 01:20</td>"
        + "</tr><tr><td class=post-body>" + ZH_BODY + "</td></tr></table>";
    assertEquals("昨天去金矿玩 (图)", title("<title>海姑娘 | blog.wenxuecity.com</title>", post));
  }

  @Test
  void titlePartShownAsALineOnThePageIsTheHeadline() {
    assertEquals("播客热潮迅速蔓延挑逗传统传媒业", title("<title>多维博客 &raquo; 播客热潮迅速蔓延 挑逗传统传媒业</title>",
        "<p align=center><font size=5>播客热潮迅速蔓延 挑逗传统传媒业</font></p><div>" + ZH_BODY + "</div>"));
  }

  @Test
  void oldPageWithoutTitleGivesItsBigTypeHeadline() {
    assertEquals("路是人走出来的(下)", title("<title>显示</title>",
        "<p align=center><font color=darkblue><strong>路是人走出来的(下)</strong></font></p>"
            + "<p>胡平</p><div>" + ZH_BODY + "</div>"));
  }

  @Test
  void bigTypeLinkToAnotherPageIsNotTheHeadline() {
    assertEquals("1", title("<title>1</title>", "<p align=center><a href=/series><font size=4>纯棉时代·感动书系简介"
        + "</font></a></p><div>" + ZH_BODY + "</div>"));
  }

  private String titleAt(String url, String head, String body) {
    return extractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>", url).title();
  }

  @Test
  void titleNamingASectionOfTheTrailGivesTheHeadlineAboveTheText() {
    assertEquals("《清洁》：东方式内敛与摇滚现实绘", title("<title>网易娱乐</title>",
        "<table><tr><td><a href=/ent/main.php>网易娱乐</a> &gt; 电影版区 &gt; <a href=/forum.php>周黎明留言板</a></td></tr>"
            + "</table><table><tr><td><img src=icon.gif>\u3000<font color=#FFFBB5>《清洁》：东方式内敛与摇滚现实绘</font></td></tr>"
            + "<tr><td class=content>" + ZH_BODY + "</td></tr></table>"));
  }

  @Test
  void titleNamingNoSectionStaysEvenWithATrail() {
    assertEquals("土豆不“土” 土豆无“土”", title("<title>土豆不“土” 土豆无“土”</title>",
        "<div><a href=/>首页</a> &gt; <a href=/news>新闻</a> &gt; 正文</div>"
            + "<table><tr><td><font color=red>今日要闻</font></td></tr><tr><td class=content>" + ZH_BODY + "</td></tr></table>"));
  }

  @Test
  void trailsUnlinkedLastPartNamesThePageWhenNothingElseDoes() {
    assertEquals("第一编古代", title("<title>艺术史研究&lt;世纪在线中国艺术网</title>",
        "<table><tr><td>您的位置：<a href=/art>主页</a>&gt;<a href=/history/>艺术史研究</a>&gt;"
            + "<a href=/history/beida/>北大工作室</a>&gt;第一编 古代</td></tr>"
            + "<tr><td class=content>" + ZH_BODY + "</td></tr></table>"));
  }

  @Test
  void aNumberTitleGivesWayToTheWorkATrailEndingInTextNames() {
    assertEquals("春天里的小城故事", title("<title>1</title>",
        "<table><tr><td>您现在的位置：<a href=/read>读书</a> -&gt; <a href=/serial>连载</a> -&gt; "
            + "<a href=/serial/spring>春天里的小城故事</a> -&gt; 正文</td></tr>"
            + "<tr><td class=content>" + ZH_BODY + "</td></tr></table>"));
    assertEquals("春天里的小城故事", title("<title>1</title>",
        "<table><tr><td>您现在的位置：<a href=/read>读书</a> -&gt; <a href=/serial>连载</a> -&gt; 长篇小说 -&gt; "
            + "春天里的小城故事 -&gt; 正文</td></tr>"
            + "<tr><td class=content><p>1</p>" + ZH_BODY + "</td></tr></table>"));
  }

  @Test
  void headlineLinkingToThePageItselfBeatsTheBlogNameTitle() {
    String page = "http://blog.example.cn/more.asp?name=ye&id=22546";
    assertEquals("陈天华《警世钟》", titleAt(page, "<title>China-Pub blog--洞庭一叶</title>",
        "<table><tr><td><font size=4><strong><a href=blog.asp?name=ye&subjectid=516>[湖湘文化]</a>"
            + "<a href=more.asp?name=ye&id=22546>陈天华《警世钟》</a></strong></font></td></tr>"
            + "<tr><td class=content>" + ZH_BODY + "</td></tr></table>"));
  }

  @Test
  void placeholderLinksDoNotCountAsLinksToThePage() {
    String page = "https://news.example.com/2019/11/council-bus-network";
    assertEquals("Council expands bus network", titleAt(page, "<title>Council expands bus network - Herald</title>",
        "<div class=title><a href='#'>Watch Live</a></div><div class=title><a href=''>Listen</a></div>"
            + "<article>" + BODY + "</article>"));
  }

  @Test
  void visibleHeadlineLinkedToThePageBeatsTheShorterSocialTitle() {
    String page = "https://9to5mac.example/2019/11/18/macbook-deals/";
    assertEquals("Amazon discounts MacBooks from $700, AirPods 2 and more", titleAt(page,
        "<title>MacBook sale at Amazon - 9to5Mac</title>",
        "<h1 class=post-title><a href='https://9to5mac.example/2019/11/18/macbook-deals/'>"
            + "Amazon discounts MacBooks from $700, AirPods 2 and more</a></h1><article>" + BODY + "</article>"));
  }
}
