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
  void aSentenceCutFromALongerQuotationIsASecondChoice() {
    assertEquals(Fitness.RUN_ON, filter.judge("“South Dakota has a problem with methamphetamine."));
    assertEquals(Fitness.RUN_ON, filter.judge("Seeing it was a shot in the heart, how sad to see that,” the doctor said."));
    assertEquals(Fitness.RUN_ON, filter.judge("\"The president wants the option of having a bigger deal with China."));
    assertEquals(Fitness.RUN_ON, filter.judge("`` police investigations at this stage indicate that we have thwarted it ."));
    assertEquals(Fitness.GOOD, filter.judge("“We had some issues,” Mayer said on Tuesday at the conference."));
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
}
