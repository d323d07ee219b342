package dev.newsbrief.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsbrief.summarize.CandidateFilter.Fitness;
import org.junit.jupiter.api.Test;

class CandidateFilterTest {
  private final CandidateFilter filter = new CandidateFilter();

  @Test
  void aCaptionLabelNeedsItsSeparatorSinceTheSameWordsOpenSentences() {
    assertEquals(Fitness.FURNITURE, filter.judge("Video: police officers chase the suspect through the market square"));
    assertEquals(Fitness.FURNITURE, filter.judge("Photo by Jane Doe for The Daily Ledger, taken at the harbour"));
    assertEquals(Fitness.FURNITURE, filter.judge("Source: International Monetary Fund, World Economic Outlook"));
    assertEquals(Fitness.FURNITURE, filter.judge("Bild: dpa / Archiv, aufgenommen im Hamburger Hafen"));
    assertEquals(Fitness.FURNITURE, filter.judge("Related: Secret Service supervisor accused of misconduct"));
    assertEquals(Fitness.FURNITURE, filter.judge("Image copyright Reuters Image caption The minister arrives in Brussels"));
    assertEquals(Fitness.FURNITURE, filter.judge("Media caption The moment the bridge collapsed was caught on camera"));
    assertEquals(Fitness.GOOD, filter.judge("Video footage shows security forces using water cannons to disperse the protest."));
    assertEquals(Fitness.GOOD, filter.judge("Source code for the app was leaked online on Monday, the company said."));
    assertEquals(Fitness.GOOD, filter.judge("Bild reported that the coach had agreed a two-year contract with the club."));
    assertEquals(Fitness.GOOD, filter.judge("Watch makers in Switzerland exported fewer luxury pieces in March."));
  }

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

  @Test
  void callsToActionAreNoPoints() {
    assertEquals(Fitness.FURNITURE, filter.judge("Coloque nos seus favoritos e volte sempre para ver a tabela do campeonato!"));
    assertEquals(Fitness.FURNITURE, filter.judge("Confira abaixo a lista completa dos convocados para a Copa."));
    assertEquals(Fitness.FURNITURE, filter.judge("Подписывайтесь на наш канал, чтобы не пропустить новые рецепты."));
    assertEquals(Fitness.FURNITURE, filter.judge("Suscríbete a nuestro canal para recibir las últimas noticias del club."));
    assertEquals(Fitness.FURNITURE, filter.judge("N'hésitez pas à partager cet article avec vos amis et votre famille."));
    assertEquals(Fitness.FURNITURE, filter.judge("Book your seats through the box office now and come and enjoy the show tonight!"));
    assertEquals(Fitness.FURNITURE, filter.judge("Don't forget to share this post with your friends who love jazz."));
    assertEquals(Fitness.FURNITURE, filter.judge("Не забудьте поделиться статьёй с друзьями в социальных сетях."));
    assertEquals(Fitness.GOOD, filter.judge("Don't forget to bring sunscreen, as the beach has almost no shade."));
    assertEquals(Fitness.FURNITURE, filter.judge("Follow her on Twitter and Instagram @janedoe_writes."));
    assertEquals(Fitness.FURNITURE, filter.judge("Learn more about how our vitamin range can help you sleep better."));
    assertEquals(Fitness.GOOD, filter.judge("Book your hotel at least six weeks ahead to get the lower winter rates."));
    assertEquals(Fitness.GOOD, filter.judge("Scoprirono la grotta per caso durante una gita nel 1952."));
    assertEquals(Fitness.GOOD, filter.judge("Venhamos ao ponto: a inflação subiu pelo terceiro mês seguido."));
  }

  @Test
  void anExclamationToTheReaderIsASecondChoice() {
    assertEquals(Fitness.RUN_ON, filter.judge("Nesta página você encontra sempre a tabela atualizada do campeonato!"));
    assertEquals(Fitness.RUN_ON, filter.judge("We have gathered the best comments of our readers here!"));
    assertEquals(Fitness.RUN_ON, filter.judge("Проголосовать за участницу вы можете на последней странице!"));
    assertEquals(Fitness.GOOD, filter.judge("The crowd chanted “We want more!” as the band left the stage."));
    assertEquals(Fitness.GOOD, filter.judge("The striker scored twice in the last five minutes of the final!"));
  }

  @Test
  void aTeaserQuestionIsWeakInEveryLanguage() {
    assertEquals(Fitness.WEAK, filter.judge("Chissà per quanto tempo ancora riusciranno a vendere lo stesso film?!"));
    assertEquals(Fitness.WEAK, filter.judge("¿Hasta cuándo podrá el gobierno mantener los precios congelados?»"));
    assertEquals(Fitness.WEAK, filter.judge("배우의 복수인가, 피해자의 연기인가.", true));
    assertEquals(Fitness.WEAK, filter.judge("この判決は今後の裁判にどのような影響を与えるのでしょうか。", true));
    assertEquals(Fitness.GOOD, filter.judge("判決は今後の裁判に大きな影響を与えると専門家は指摘している。", true));
    assertEquals(Fitness.GOOD, filter.judge("이번 판결은 앞으로의 재판에 큰 영향을 줄 것으로 보인다.", true));
  }

  @Test
  void skipsForeignCaptionsTeasersAndCookieLines() {
    assertEquals(Fitness.FURNITURE, filter.judge("Читайте также: Как выбрать зимние шины для города"));
    assertEquals(Fitness.FURNITURE, filter.judge("Leia também: Prefeitura anuncia nova linha de ônibus"));
    assertEquals(Fitness.FURNITURE, filter.judge("Lee también: El gobierno aprueba el nuevo presupuesto"));
    assertEquals(Fitness.FURNITURE, filter.judge("Mehr zum Thema: Die Bahn erhöht die Preise im Dezember"));
    assertEquals(Fitness.FURNITURE, filter.judge("Imagen: archivo del ayuntamiento, tomada en la plaza mayor"));
    assertEquals(Fitness.FURNITURE, filter.judge("Este sitio utiliza cookies para mejorar la experiencia de navegación."));
    assertEquals(Fitness.FURNITURE, filter.judge("Copyright-free: Все права защищены, перепечатка запрещена."));
    assertEquals(Fitness.GOOD, filter.judge("Leia o relatório completo, disse o ministro aos jornalistas na terça-feira."));
    assertEquals(Fitness.FURNITURE, filter.judge("(EFE)"));
    assertEquals(Fitness.FURNITURE, filter.judge("РИА Новости"));
    assertEquals(Fitness.FURNITURE, filter.judge("시민들이 새 버스 정류장을 이용하고 있다. 사진=서울시 제공", true));
    assertEquals(Fitness.FURNITURE, filter.judge("本サイトに掲載の記事・写真の無断転載を禁じます。", true));
  }

  @Test
  void aSentenceOpeningWithAPrepositionIsNoByline() {
    assertEquals(Fitness.GOOD, filter.judge("Por eso el gobierno decidió subir los impuestos."));
    assertEquals(Fitness.GOOD, filter.judge("Von den 500 Mitarbeitern wurden 200 entlassen."));
    assertEquals(Fitness.FURNITURE, filter.judge("Por María López y Juan Pérez, Madrid"));
    assertEquals(Fitness.FURNITURE, filter.judge("Автор: Анна Иванова, обозреватель"));
  }
}
