package dev.newsbrief.feeds;

import java.util.List;

/**
 * The lead of an article: its first paragraphs, up to a budget of about {@link #BUDGET} characters. A news story
 * names what it is about there (the headline's subject, who did what); further down come background, quotes and
 * asides, and a topic mentioned once down there does not make the story about it. Pure.
 */
final class ArticleLead {
  /**
   * The budget, in Latin characters: about 130 English words, the first two or three paragraphs of a report.
   * Long enough for a lead that names its subject in the second paragraph, short of the background below it.
   */
  static final int BUDGET = 800;
  /**
   * What one CJK character costs of the budget: it carries about what three Latin letters do (a Chinese word is
   * one to three characters, an English one five letters and a space), so a Chinese lead is about 270
   * characters, again the first two to four paragraphs rather than half the article.
   */
  static final int CJK_COST = 3;

  private ArticleLead() {
  }

  /**
   * The text an item is matched on a second time: its feed text and its article's lead. The feed text stays in, so
   * a topic's exclusion found there still excludes.
   */
  static String withFeedText(String feedText, String lead) {
    return feedText + "\n" + lead;
  }

  /**
   * The first paragraphs of {@code paragraphs} within the budget, one per line; the paragraph that crosses it is
   * cut before the word it crosses in, so no cut word reads as another ("gasoline" never becomes "gas").
   */
  static String of(List<String> paragraphs) {
    StringBuilder lead = new StringBuilder();
    int left = BUDGET;
    for (String paragraph : paragraphs) {
      int end = 0;
      while (end < paragraph.length() && left > 0) {
        int cp = paragraph.codePointAt(end);
        left -= TopicText.isCjk(cp) ? CJK_COST : 1;
        end += Character.charCount(cp);
      }
      String kept = end < paragraph.length() ? paragraph.substring(0, wordStart(paragraph, end)) : paragraph;
      if (!kept.isBlank()) {
        lead.append(lead.isEmpty() ? "" : "\n").append(kept.strip());
      }
      if (left <= 0) {
        break;
      }
    }
    return lead.toString();
  }

  /** {@code end}, or the start of the word it falls inside (a CJK character is a word of its own). */
  private static int wordStart(String text, int end) {
    if (!inWord(text.codePointAt(end))) {
      return end;
    }
    int start = end;
    while (start > 0 && inWord(text.codePointBefore(start))) {
      start -= Character.charCount(text.codePointBefore(start));
    }
    return start;
  }

  private static boolean inWord(int cp) {
    return Character.isLetterOrDigit(cp) && !TopicText.isCjk(cp);
  }
}
