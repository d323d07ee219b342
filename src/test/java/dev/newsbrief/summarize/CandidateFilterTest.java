package dev.newsbrief.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsbrief.summarize.CandidateFilter.Fitness;
import org.junit.jupiter.api.Test;

class CandidateFilterTest {
  private final CandidateFilter filter = new CandidateFilter();

  @Test
  void skipsCaptionsAndCredits() {
    assertEquals(Fitness.FURNITURE, filter.judge("Photo: John Smith / Getty Images, taken last week in Paris"));
    assertEquals(Fitness.FURNITURE, filter.judge("(Reuters)"));
    assertEquals(Fitness.FURNITURE, filter.judge("图片来源：视觉中国，图为北京市中心的街道景象。"));
    assertEquals(Fitness.FURNITURE, filter.judge("Read more: the ten best beaches of the summer season"));
    assertEquals(Fitness.FURNITURE, filter.judge("By Maria Lopez, March 14, 2025"));
    assertEquals(Fitness.FURNITURE, filter.judge("《中俄东线南段投产》，国家管网集团官网，2024年12月2日"));
    assertEquals(Fitness.FURNITURE, filter.judge("Annual Energy Outlook, National Energy Agency, January 2025"));
    assertEquals(Fitness.FURNITURE, filter.judge("More about the Mumbai attacks."));
    assertEquals(Fitness.FURNITURE, filter.judge("Look at Lazar's images of the children."));
    assertEquals(Fitness.GOOD, filter.judge("Look at the numbers and the picture changes: exports fell by a third in the last two "
        + "years while imports doubled."));
    assertEquals(Fitness.GOOD, filter.judge("By Friday the plant had stored enough power for 900,000 homes."));
  }

  @Test
  void skipsDisclosuresAndCallsToAction() {
    assertEquals(Fitness.FURNITURE, filter.judge("This shop has been compensated by #CollectiveBias, Inc. and its advertiser."));
    assertEquals(Fitness.FURNITURE, filter.judge("All opinions are mine alone, as always on this blog."));
    assertEquals(Fitness.FURNITURE, filter.judge("This article was originally published by Futurism."));
    assertEquals(Fitness.FURNITURE, filter.judge("For more information on the solution, please visit: www.ascom.com"));
    assertEquals(Fitness.FURNITURE, filter.judge("Cover image: artist's impression of the lighting installation at the festival"));
  }

  @Test
  void anItemOfAListThatIsNoSentenceIsWeak() {
    assertEquals(Fitness.WEAK, filter.judge("Modellino della macchina del tempo DeLorean, da Ritorno al Futuro, scala 1:24 in metallo",
        "10) Modellino della macchina del tempo DeLorean, da Ritorno al Futuro, scala 1:24 in metallo", false));
    assertEquals(Fitness.GOOD, filter.judge("The central bank raised its main rate by half a point on Tuesday.",
        "3. The central bank raised its main rate by half a point on Tuesday.", false));
  }

  @Test
  void aLongLineWithoutAFullStopIsASecondChoice() {
    // a related-story headline or a dek: readable, but a sentence of the story goes first
    assertEquals(Fitness.RUN_ON, filter.judge(
        "Two federal prison officers charged with falsifying records in connection with Jeffrey Epstein's suicide"));
    assertEquals(Fitness.GOOD, filter.judge(
        "Two federal prison officers were charged with falsifying records in connection with the suicide."));
  }

  @Test
  void fieldsOfASpecBoxOrAFormAreNoPoints() {
    assertEquals(Fitness.WEAK, filter.judge("Tested by: John Milbank RRP: 49.95 Euro (£40) More info: www.earbooks.net/en | +49 40 890"));
    assertEquals(Fitness.GOOD, filter.judge("The minister said: the budget will be balanced by the end of the year."));
    assertEquals(Fitness.WEAK, filter.judge("红枣黑芝麻粥，原料：大米、红枣、黑芝麻、冰糖。", true));
    assertEquals(Fitness.WEAK, filter.judge("考试地点：中国艺术研究院研究生部三楼会议室。", true));
    assertEquals(Fitness.WEAK, filter.judge("做法：1、红枣洗净，备用；2、大米淘洗干净，用冷水浸泡半小时；3、大火烧开后转小火煮到浓稠即可。", true));
    assertEquals(Fitness.GOOD, filter.judge("李金泽：政府通过实行“一增一减”的农业政策来提高农民种粮的积极性，增加农民收入。", true));
    assertEquals(Fitness.GOOD, filter.judge("记者从市政府获悉，今年全市将新建学校二十所，新增学位三万个。", true));
  }

  @Test
  void skipsWikiMaintenanceNotices() {
    assertEquals(Fitness.FURNITURE, filter.judge("本条目存在以下问题，请协助改善本条目或在讨论页针对议题发表看法。", true));
    assertEquals(Fitness.FURNITURE, filter.judge("This article needs additional citations for verification of its claims."));
  }

  @Test
  void aSentenceCutFromALongerQuotationIsASecondChoice() {
    assertEquals(Fitness.RUN_ON, filter.judge("“South Dakota has a problem with methamphetamine."));
    assertEquals(Fitness.RUN_ON, filter.judge("Seeing it was a shot in the heart, how sad to see that,” the doctor said."));
    assertEquals(Fitness.RUN_ON, filter.judge("\"The president wants the option of having a bigger deal with China."));
    assertEquals(Fitness.RUN_ON, filter.judge("`` police investigations at this stage indicate that we have thwarted it ."));
    assertEquals(Fitness.GOOD, filter.judge("“We had some issues,” Mayer said on Tuesday at the conference."));
    assertEquals(Fitness.RUN_ON, filter.judge("«Мы должны завершить строительство газопровода в срок."));
    assertEquals(Fitness.GOOD, filter.judge("«Это вопрос безопасности», — заявил глава государства в среду."));
    assertEquals(Fitness.GOOD, filter.judge("\"It is enough,\" he said, and the campaign slogan \"Meth. We're on it\" stays."));
    assertEquals(Fitness.GOOD, filter.judge("`` police investigations at this stage indicate that we have thwarted an attack . ''"));
  }

  @Test
  void skipsAChineseAuthorCreditAfterTheWorkItNames() {
    assertEquals(Fitness.FURNITURE, filter.judge("《爸爸妈妈，我想对你们说》作者：李明，外国语小学五（6）班。", true));
    assertEquals(Fitness.GOOD, filter.judge("这部小说的作者在书中回忆了自己在上海度过的童年。", true));
  }

  @Test
  void skipsQuestionsAndListIntroductions() {
    assertEquals(Fitness.WEAK, filter.judge("What does this mean for your mortgage payments?"));
    assertEquals(Fitness.WEAK, filter.judge("你知道这意味着什么吗？"));
    assertEquals(Fitness.WEAK, filter.judge("Here is what we know about the attack so far:"));
  }

  @Test
  void skipsFragmentsTooShortToStandAlone() {
    assertEquals(Fitness.WEAK, filter.judge("He said no."));
    assertEquals(Fitness.WEAK, filter.judge("他表示同意。"));
    assertEquals(Fitness.GOOD, filter.judge("The central bank raised rates by 0.5 points."));
    assertEquals(Fitness.GOOD, filter.judge("央行宣布将基准利率上调0.5个百分点。"));
  }

  @Test
  void marksRunOnSentencesAsSecondChoice() {
    String words = "word ".repeat(45).strip() + ".";
    assertEquals(Fitness.RUN_ON, filter.judge(words));
    assertEquals(Fitness.RUN_ON, filter.judge("这是一个很长的句子".repeat(25) + "。"));
  }

  @Test
  void headingsAndSentencesInAnotherScriptAreWeakPoints() {
    assertEquals(CandidateFilter.Fitness.WEAK, filter.judge("淘宝网物流配送存在的问题", true));
    assertEquals(CandidateFilter.Fitness.WEAK, filter.judge("How the new battery plant changes the grid", false));
    assertEquals(CandidateFilter.Fitness.WEAK,
        filter.judge("According to different problems, the corresponding measures have been put forward.", true));
    assertEquals(CandidateFilter.Fitness.GOOD, filter.judge("淘宝网目前在物流配送管理上也存在一定的问题，制约了运营的发展。", true));
  }

  @Test
  void aChineseTeaserEndingInAnEllipsisOrAListItemEndingInASemicolonIsASecondChoice() {
    assertEquals(Fitness.RUN_ON, filter.judge("新厂房开工、审批时限再压缩、考核结果公布、招商引资再创新高……", true));
    assertEquals(Fitness.RUN_ON, filter.judge("“你做的那份报告……到底改好了没有……”", true));
    assertEquals(Fitness.RUN_ON, filter.judge("而某些银行甚至用欠条的方式发放了年终奖...", true));
    assertEquals(Fitness.RUN_ON, filter.judge("对年收入不超过十万元的个体工商户免征地方教育附加；", true));
    assertEquals(Fitness.GOOD, filter.judge("对年收入不超过十万元的个体工商户免征地方教育附加。", true));
    assertEquals(Fitness.GOOD, filter.judge("The talks broke down... and then resumed the next morning after a call.", false));
  }

  @Test
  void theTailOfAListOrAnInterviewersQuestionIsWeak() {
    assertEquals(Fitness.WEAK, filter.judge("以及三个常被忽视的合同细节和两个注意事项。", true));
    assertEquals(Fitness.WEAK, filter.judge("问：请您介绍一下这个项目的来龙去脉。", true));
    assertEquals(Fitness.WEAK, filter.judge("人工智能；2.区块链；3.量子计算；4.边缘计算；5.数据安全。", true));
    assertEquals(Fitness.GOOD, filter.judge("以前这里只有一条土路，如今已修成了双向四车道。", true));
  }

  @Test
  void skipsChineseCaptionsEditorsNotesAndCallsToAct() {
    assertEquals(Fitness.FURNITURE, filter.judge("图为工人们正在新建的厂房里调试生产线。", true));
    assertEquals(Fitness.FURNITURE, filter.judge("▲ 市民在新开放的湿地公园里散步，享受冬日暖阳。", true));
    assertEquals(Fitness.FURNITURE, filter.judge("游客在古镇的石板路上拍照留念。（本报记者 王小明 摄）", true));
    assertEquals(Fitness.FURNITURE, filter.judge("编者按：这是一组关于乡村教师的系列报道的第三篇。", true));
    assertEquals(Fitness.FURNITURE, filter.judge("打开APP查看更多关于这起事故的最新进展和现场视频。", true));
    assertEquals(Fitness.FURNITURE, filter.judge("你怎么看这件事？欢迎在评论区留言告诉我们你的想法。", true));
    assertEquals(Fitness.FURNITURE, filter.judge("觉得这篇文章有用的话，欢迎转发给身边需要的朋友。", true));
    assertEquals(Fitness.GOOD, filter.judge("这部纪录片由三名摄影师历时两年在高原上拍摄完成。", true));
  }
}
