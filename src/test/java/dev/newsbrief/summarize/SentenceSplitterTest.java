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
