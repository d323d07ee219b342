package dev.newsbrief.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> split(String... paragraphs) {
    return splitter.split(List.of(paragraphs));
  }

  @Test
  void joinsChineseProseHardWrappedIntoLines() {
    // an old page: a <br> every 38 characters, sentences running across them
    assertEquals(List.of("根据结构理论，我们可以发现，如果权力对思想的压迫越普遍，因为它会促使更多的人们在争取思想自由上具有共同的利益，"
            + "因此它就越容易导致大规模的争取思想自由的集体行动。", "在中国，大规模的思想自由化运动发生在浩劫之后。"),
        split("根据结构理论，我们可以发现，如果权力对思想的压\n迫越普遍，因为它会促使更多的人们在争取思想自由上具有共同的利益，因此它就",
            "越容易导致大规模的争取思想自由的集体行动。在中国，大规模的思想自由化运动\n发生在浩劫之后。"));
  }

  @Test
  void keepsHeadingsAndListItemsOnTheirOwnLines() {
    assertEquals(List.of("第一编古代", "有道是历史始于5000年前文字的发明。", "认识明白神旨意的重要性；", "了解明白神旨意的基本条件；"),
        split("第一编古代", "有道是历史始于5000年前文字的发明。", "认识明白神旨意的重要性；\n了解明白神旨意的基本条件；"));
    assertEquals(List.of("王志刚、李圣军、宋敏（中国人民大学）农业收入风险对农户生产经营的影响",
            "罗必良（华南农业大学）限制退出、偷懒与劳动力柠檬市场"),
        split("王志刚、李圣军、宋敏（中国人民大学）农业收入风险对农户生产经营的影响\n罗必良（华南农业大学）限制退出、偷懒与劳动力柠檬市场"));
    assertEquals(List.of("Markets in Asia", "Shares fell sharply on Monday."),
        split("Markets in Asia\nShares fell sharply on Monday."));
  }

  @Test
  void joinsEnglishProseHardWrappedAtSeventyTwoColumns() {
    assertEquals(List.of("The committee met on Tuesday to discuss the budget, and after a long debate it agreed to cut spending by "
            + "ten percent.", "Nobody objected."),
        split("The committee met on Tuesday to discuss the budget, and after a long\ndebate it agreed to cut spending by "
            + "ten percent. Nobody objected."));
  }

  @Test
  void cutsSentencesAPageGluedTogetherWithoutASpace() {
    assertEquals(List.of("Water covers the moon beyond Earth.", "Lucas Paganini led the work.", "Finding vapor is next.\u201d",
            "Nobody agreed."),
        split("Water covers the moon beyond Earth.Lucas Paganini led the work.Finding vapor is next.\u201dNobody agreed."));
    assertEquals(List.of("See example.com and the U.S.Navy site, version 3.5 of Node.Js today."),
        split("See example.com and the U.S.Navy site, version 3.5 of Node.Js today."));
    assertEquals(List.of("The editor of fansite Halo.Bungie.Org said so."), split("The editor of fansite Halo.Bungie.Org said so."));
  }

  @Test
  void keepsClosingQuotesWithTheChineseSentenceTheyEnd() {
    assertEquals(List.of("他说：“我们明天出发。”", "大家都同意了。", "『好！』"),
        split("他说：“我们明天出发。”大家都同意了。『好！』"));
  }

  @Test
  void splitsChineseAtEveryEndMarkButTheSemicolon() {
    assertEquals(List.of("会议结束了！", "结果如何？", "没人知道；我们等着……", "明天再说。"),
        split("会议结束了！结果如何？没人知道；我们等着……明天再说。"));
  }

  @Test
  void keepsAChineseQuotationWithItsSpeaker() {
    assertEquals(List.of("谢答：“如果你把人扣留起来，你们就要犯错误。我们管不着。”", "会议结束。"),
        split("谢答：“如果你把人扣留起来，你们就要犯错误。我们管不着。”会议结束。"));
  }

  @Test
  void cutsAChineseRunOnAtItsSemicolons() {
    String clause = "这是一个关于城市建设和经济发展的很长很长的分句内容描述";
    String runOn = (clause + "，" + clause + "，" + clause + "；").repeat(3) + clause + "。";
    assertEquals(4, split(runOn).size());
  }

  @Test
  void keepsAShortSpeechTagWithTheQuoteBeforeIt() {
    assertEquals(List.of("“走吧！”他说。", "天已经黑了。"), split("“走吧！”他说。天已经黑了。"));
  }

  @Test
  void aLatinInitialRightAfterChineseTextEndsNoSentence() {
    assertEquals(List.of("该研究借鉴了J. Keynes和M. Friedman的模型。", "结论并不意外。"),
        split("该研究借鉴了J. Keynes和M. Friedman的模型。结论并不意外。"));
    assertEquals(List.of("会后他拜访了Dr. Morgan的实验室。"), split("会后他拜访了Dr. Morgan的实验室。"));
  }

  @Test
  void keepsASpeechTagWithATimeAndAPlaceWithTheQuoteBeforeIt() {
    assertEquals(List.of("“排队的问题必须解决！”王部长12日在座谈会上说。", "会后公布了新规。"),
        split("“排队的问题必须解决！”王部长12日在座谈会上说。会后公布了新规。"));
    assertEquals(List.of("“我们先走了。”", "他们沿着河边走进了一条热闹的老街道。"),
        split("“我们先走了。”他们沿着河边走进了一条热闹的老街道。"));
  }

  @Test
  void doesNotSplitAfterTitlesAndInitials() {
    assertEquals(List.of("Mr. Smith met Dr. Jones and J. K. Rowling in London.", "They talked."),
        split("Mr. Smith met Dr. Jones and J. K. Rowling in London. They talked."));
  }

  @Test
  void doesNotSplitInsideDottedAcronymsUnlessANewSentenceStarts() {
    assertEquals(List.of("U.S. officials said the plan failed in the U.S.", "The rest is history."),
        split("U.S. officials said the plan failed in the U.S. The rest is history."));
  }

  @Test
  void keepsNumberAbbreviationsAndLatinAbbreviations() {
    assertEquals(List.of("He ranked No. 5 in fruits, e.g. apples, and vegetables etc. and more.", "Next."),
        split("He ranked No. 5 in fruits, e.g. apples, and vegetables etc. and more. Next."));
  }

  @Test
  void keepsDecimalsWhole() {
    assertEquals(List.of("Growth was 3.5% in 2024, up from 2.1%.", "Prices rose."),
        split("Growth was 3.5% in 2024, up from 2.1%. Prices rose."));
  }

  @Test
  void splitsAtAnEllipsisOnlyBeforeANewSentence() {
    assertEquals(List.of("We waited... and waited.", "Then nothing...", "Nobody came."),
        split("We waited... and waited. Then nothing... Nobody came."));
    assertEquals(List.of("He paused…", "Then he left."), split("He paused… Then he left."));
    assertEquals(List.of("He paused… and left."), split("He paused… and left."));
  }

  @Test
  void treatsEveryParagraphAndLineAsItsOwnSentence() {
    assertEquals(List.of("First paragraph without a stop", "Second line", "Third."),
        split("First paragraph without a stop", "Second line\nThird."));
  }

  @Test
  void keepsQuestionAndExclamationMarksWithTheirQuotes() {
    assertEquals(List.of("\"Is it over?\" he asked.", "It was!"), split("\"Is it over?\" he asked. It was!"));
  }

  @Test
  void splitsLowerCaseTokenizedText() {
    assertEquals(List.of("the group voted on monday .", "utah gov . gary herbert signed a law .", "`` it is done . ''"),
        split("the group voted on monday . utah gov . gary herbert signed a law . `` it is done . ''"));
  }

  @Test
  void cutsARunOnSentenceAtItsSemicolons() {
    String runOn = "The first half of this sentence goes on and on about the weather in the north of the country; "
        + "the second half of the very same sentence then keeps talking about the markets and the prices of grain "
        + "and oil across the whole region.";
    assertEquals(2, split(runOn).size());
  }
}
