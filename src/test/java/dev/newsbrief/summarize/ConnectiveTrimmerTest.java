package dev.newsbrief.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConnectiveTrimmerTest {
  private final ConnectiveTrimmer trimmer = new ConnectiveTrimmer();

  @Test
  void dropsLeadingEnglishConnectivesAndCapitalises() {
    assertEquals("The minister resigned on Friday.", trimmer.trim("However, the minister resigned on Friday."));
    assertEquals("Prices rose 3.5% in May.", trimmer.trim("But prices rose 3.5% in May."));
    assertEquals("Despite the rain, 20,000 people came.", trimmer.trim("But, despite the rain, 20,000 people came."));
    assertEquals("The bank cut rates.", trimmer.trim("And meanwhile, the bank cut rates."));
    assertEquals("Officials agreed.", trimmer.trim("Also, officials agreed."));
    assertEquals("It's goodbye to another Olympic year.", trimmer.trim("Well, it's goodbye to another Olympic year."));
    assertEquals("The deals are already live.", trimmer.trim("What’s more, the deals are already live."));
  }

  @Test
  void dropsBulletsListNumbersAndAStrayAmpersand() {
    assertEquals("O calendário da Cup é composto por 36 corridas.", trimmer.trim("* O calendário da Cup é composto por 36 corridas."));
    assertEquals("Prices rose in May.", trimmer.trim("• Prices rose in May."));
    assertEquals("The Dodici Case box set.", trimmer.trim("5) The Dodici Case box set."));
    assertEquals("祖先崇拜对于原始人生活的研究有多方面的收获。", trimmer.trim("&祖先崇拜对于原始人生活的研究有多方面的收获。"));
    assertEquals("AT&T raised prices.", trimmer.trim("AT&T raised prices."));
    assertEquals("2019 was a record year.", trimmer.trim("2019 was a record year."));
  }

  @Test
  void dropsACityDateline() {
    assertEquals("Rafael Nadal kept Spain's hopes alive.", trimmer.trim("MADRID — Rafael Nadal kept Spain's hopes alive."));
    assertEquals("Hours before the game, the coach spoke.", trimmer.trim("BUFFALO, N.Y. — Hours before the game, the coach spoke."));
    assertEquals("NASA scientists confirmed water vapor on Europa.",
        trimmer.trim("HONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists confirmed water vapor on Europa."));
    assertEquals("NASA said the launch was delayed.", trimmer.trim("NASA said the launch was delayed."));
    assertEquals("A 3-2 win - the first of the season.", trimmer.trim("A 3-2 win - the first of the season."));
    assertEquals("US - China talks resumed on Monday.", trimmer.trim("US - China talks resumed on Monday."));
    assertEquals("Leaders met in Rome.", trimmer.trim("NEW YORK CITY — Leaders met in Rome."));
  }

  @Test
  void dropsAnEmbedLinkOrADanglingBracketAtTheEnd() {
    assertEquals("Who are we as a nation if we respond with retribution ourselves?",
        trimmer.trim("Who are we as a nation if we respond with retribution ourselves? pic.twitter.com/s96jjh8AlD"));
    assertEquals("It is the most common eating disorder in the United States",
        trimmer.trim("It is the most common eating disorder in the United States ("));
    assertEquals("共 23个专题，11个分会场。", trimmer.trim("[共 23个专题，11个分会场。"));
    assertEquals("[Update] Shares fell sharply.", trimmer.trim("[Update] Shares fell sharply."));
    assertEquals("Read the filing at https://example.com/filing before Friday.",
        trimmer.trim("Read the filing at https://example.com/filing before Friday."));
  }

  @Test
  void dropsChineseAndKoreanDatelines() {
    assertEquals("中俄东线天然气管道南段2日正式投产运行。", trimmer.trim("新华社北京12月2日电（记者王立彬）中俄东线天然气管道南段2日正式投产运行。"));
    assertEquals("12月2日，管道正式投产。", trimmer.trim("本报讯（记者 张三）12月2日，管道正式投产。"));
    assertEquals("俄气表示，对华供气量将达到设计输量。", trimmer.trim("【环球时报综合报道】俄气表示，对华供气量将达到设计输量。"));
    assertEquals("정부는 2일 새로운 에너지 정책을 발표했다.", trimmer.trim("[서울=뉴시스] 김철수 기자 = 정부는 2일 새로운 에너지 정책을 발표했다."));
    assertEquals("北京12月2日的气温降到零下十度。", trimmer.trim("北京12月2日的气温降到零下十度。"));
    assertEquals("本报记者走访了三家企业。", trimmer.trim("本报记者走访了三家企业。"));
  }

  @Test
  void keepsWordsThatOnlyLookLikeConnectives() {
    assertEquals("So far, nobody has claimed the attack.", trimmer.trim("So far, nobody has claimed the attack."));
    assertEquals("A man was arrested.", trimmer.trim("A man was arrested."));
    assertEquals("Andrew Smith won.", trimmer.trim("Andrew Smith won."));
    assertEquals("Instead of waiting, they left.", trimmer.trim("Instead of waiting, they left."));
    assertEquals("Now the court must decide.", trimmer.trim("Now the court must decide."));
  }

  @Test
  void dropsLeadingChineseConnectives() {
    assertEquals("公司利润增长了12%。", trimmer.trim("此外，公司利润增长了12%。"));
    assertEquals("这项政策将于明年实施。", trimmer.trim("要知道，这项政策将于明年实施。"));
    assertEquals("双方签署了协议。", trimmer.trim("除此之外，双方签署了协议。"));
    assertEquals("他没有出席。", trimmer.trim("不过他没有出席。"));
    assertEquals("同比下降5%。", trimmer.trim("因此，同比下降5%。"));
  }

  @Test
  void dropsJapaneseConnectives() {
    assertEquals("建設費の増加を懸念する声も上がっている。", trimmer.trim("一方で、建設費の増加を懸念する声も上がっている。"));
  }

  @Test
  void dropsKoreanConnectivesAndBareJapaneseOnes() {
    assertEquals("그는 회의에 참석하지 않았다.", trimmer.trim("하지만 그는 회의에 참석하지 않았다."));
    assertEquals("가격이 올랐다.", trimmer.trim("또한, 가격이 올랐다."));
    assertEquals("한편으로는 가격이 올랐다.", trimmer.trim("한편으로는 가격이 올랐다."));
    assertEquals("設定画面から変更することはできません。", trimmer.trim("しかも設定画面から変更することはできません。"));
    assertEquals("価格は上がった。", trimmer.trim("しかしながら、価格は上がった。"));
  }

  @Test
  void dropsRussianConnectives() {
    assertEquals("Министр подал в отставку.", trimmer.trim("Однако министр подал в отставку."));
  }

  @Test
  void dropsNewsAgencyDatelines() {
    assertEquals("Police arrested two men on Tuesday.", trimmer.trim("LONDON (Reuters) - Police arrested two men on Tuesday."));
    assertEquals("The american pharmacists association voted .", trimmer.trim("( cnn ) the american pharmacists association voted ."));
  }

  @Test
  void dropsListMarkersAndSectionLabels() {
    assertEquals("买家可以自由选择物流供应商。", trimmer.trim("① 买家可以自由选择物流供应商。"));
    assertEquals("本文分析了物流配送现状。", trimmer.trim("摘要: 本文分析了物流配送现状。"));
    assertEquals("The plan passed.", trimmer.trim("(2) The plan passed."));
    assertEquals("1.5 million people voted.", trimmer.trim("1.5 million people voted."));
    assertEquals("认识明白神旨意的重要性；", trimmer.trim("1.认识明白神旨意的重要性；"));
    assertEquals("1.5亿人参加了投票。", trimmer.trim("1.5亿人参加了投票。"));
  }

  @Test
  void dropsChineseSignpostsThatPointAtTheSentenceBefore() {
    assertEquals("新馆的设计出自一位本地建筑师。", trimmer.trim("值得一提的是，新馆的设计出自一位本地建筑师。"));
    assertEquals("该项目已完成环评。", trimmer.trim("据了解，该项目已完成环评。"));
    assertEquals("两家公司的营收差距正在缩小。", trimmer.trim("由此可见，两家公司的营收差距正在缩小。"));
    assertEquals("市里新增了三条公交线路。", trimmer.trim("为此，市里新增了三条公交线路。"));
  }

  @Test
  void dropsChineseConnectivesThatStandWithoutAComma() {
    assertEquals("他决定辞去工作。", trimmer.trim("所以他决定辞去工作。"));
    assertEquals("省财政也加大了投入。", trimmer.trim("同时省财政也加大了投入。"));
    assertEquals("另一家银行甚至推迟了发放。", trimmer.trim("而另一家银行甚至推迟了发放。"));
    assertEquals("司机拒绝了他的请求。", trimmer.trim("但司机拒绝了他的请求。"));
    assertEquals("我们已经是成年人了。", trimmer.trim("何况我们已经是成年人了。"));
    assertEquals("你要先弄清自己想要什么。", trimmer.trim("然后你要先弄清自己想要什么。"));
  }

  @Test
  void keepsWordsThatStartLikeABareConnective() {
    assertEquals("而今这座小镇已成为旅游胜地。", trimmer.trim("而今这座小镇已成为旅游胜地。"));
    assertEquals("但凡来过的游客都说好。", trimmer.trim("但凡来过的游客都说好。"));
    assertEquals("但丁是意大利最著名的诗人。", trimmer.trim("但丁是意大利最著名的诗人。"));
    assertEquals("同时期的作品大多已经散佚。", trimmer.trim("同时期的作品大多已经散佚。"));
    assertEquals("而是要把钱花在刀刃上。", trimmer.trim("而是要把钱花在刀刃上。"));
  }

  @Test
  void dropsChineseOrdinalsOfAList() {
    assertEquals("项目审批时间缩短了一半。", trimmer.trim("三、项目审批时间缩短了一半。"));
    assertEquals("加强对食品企业的抽检。", trimmer.trim("（二）加强对食品企业的抽检。"));
    assertEquals("企业的融资成本明显下降。", trimmer.trim("第一，企业的融资成本明显下降。"));
    assertEquals("6月2日，一名工人在拆墙时受伤。", trimmer.trim("例二：6月2日，一名工人在拆墙时受伤。"));
    assertEquals("一、二线城市的房价继续上涨。", trimmer.trim("一、二线城市的房价继续上涨。"));
    assertEquals("第一次会议在上海召开。", trimmer.trim("第一次会议在上海召开。"));
  }

  @Test
  void dropsTheCommonConnectivesOfEuropeanLanguages() {
    assertEquals("Правительство повысило налоги.", trimmer.trim("Тем временем правительство повысило налоги."));
    assertEquals("Завод закрыли в мае.", trimmer.trim("Кроме этого, завод закрыли в мае."));
    assertEquals("Le ministre a démissionné.", trimmer.trim("Toutefois, le ministre a démissionné."));
    assertEquals("El gobierno subió los impuestos.", trimmer.trim("No obstante, el gobierno subió los impuestos."));
    assertEquals("O governo aumentou os impostos.", trimmer.trim("No entanto, o governo aumentou os impostos."));
    assertEquals("A fábrica fechou em maio.", trimmer.trim("Além disso, a fábrica fechou em maio."));
    assertEquals("Il governo ha alzato le tasse.", trimmer.trim("Tuttavia il governo ha alzato le tasse."));
    assertEquals("La fabbrica ha chiuso a maggio.", trimmer.trim("Inoltre, la fabbrica ha chiuso a maggio."));
    assertEquals("La polizia è arrivata tardi.", trimmer.trim("Ma la polizia è arrivata tardi."));
    assertEquals("O governo recuou.", trimmer.trim("Mas o governo recuou."));
  }

  @Test
  void keepsShortConnectivesThatAreAlsoNames() {
    assertEquals("Ma Ying-jeou visited the island.", trimmer.trim("Ma Ying-jeou visited the island."));
    assertEquals("E Street Band played for three hours.", trimmer.trim("E Street Band played for three hours."));
  }

  @Test
  void keepsAGermanAdverbWhoseLossWouldLeaveTheVerbFirst() {
    assertEquals("Außerdem hat die Firma 200 Stellen gestrichen.", trimmer.trim("Außerdem hat die Firma 200 Stellen gestrichen."));
    assertEquals("Allerdings sinken die Preise seit Mai.", trimmer.trim("Allerdings sinken die Preise seit Mai."));
    assertEquals("Die Preise sinken.", trimmer.trim("Aber die Preise sinken."));
  }

  @Test
  void dropsAPhraseThatTakesUpATopicAgain() {
    assertEquals("Il titolo provvisorio è ancora segreto.", trimmer.trim("Tornando al film, il titolo provvisorio è ancora segreto."));
    assertEquals("El déficit creció un 3%.", trimmer.trim("Volviendo a la economía, el déficit creció un 3%."));
    assertEquals("Бюджет вырос на 3%.", trimmer.trim("Возвращаясь к экономике, бюджет вырос на 3%."));
    assertEquals("Tornando a casa ha incontrato il sindaco.", trimmer.trim("Tornando a casa ha incontrato il sindaco."));
  }

  @Test
  void dropsEuropeanAndRussianAgencyDatelines() {
    assertEquals("Президент подписал указ о пенсиях.",
        trimmer.trim("МОСКВА, 3 дек — РИА Новости. Президент подписал указ о пенсиях."));
    assertEquals("Il governo ha approvato la manovra.", trimmer.trim("ROMA, 3 DIC - Il governo ha approvato la manovra."));
    assertEquals("El Gobierno aprobó el decreto.", trimmer.trim("Madrid, 3 dic (EFE).- El Gobierno aprobó el decreto."));
    assertEquals("Die Polizei sperrte die Straße.", trimmer.trim("Hamburg (dpa/lno) - Die Polizei sperrte die Straße."));
    assertEquals("МОСКВА, как и Петербург, готовится к зиме.", trimmer.trim("МОСКВА, как и Петербург, готовится к зиме."));
  }

  @Test
  void dropsTheWritersAsideToTheReader() {
    assertEquals("Ранее министерство заявляло о планах.", trimmer.trim("Напомним, ранее министерство заявляло о планах."));
    assertEquals("Завод закрыли в мае.", trimmer.trim("Стоит отметить, что завод закрыли в мае."));
    assertEquals("El paro bajó en mayo.", trimmer.trim("Cabe recordar que el paro bajó en mayo."));
    assertEquals("A fábrica fechou em maio.", trimmer.trim("Vale lembrar que a fábrica fechou em maio."));
    assertEquals("Il sindaco si è dimesso.", trimmer.trim("Ricordiamo che il sindaco si è dimesso."));
    assertEquals("Los sindicatos celebraron la decisión.", trimmer.trim("Por eso los sindicatos celebraron la decisión."));
    assertEquals("Ricordiamo il sindaco con affetto.", trimmer.trim("Ricordiamo il sindaco con affetto."));
  }
}
