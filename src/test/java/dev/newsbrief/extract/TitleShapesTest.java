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
}
