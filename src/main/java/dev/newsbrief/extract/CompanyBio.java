package dev.newsbrief.extract;

import java.util.List;
import java.util.Locale;

/**
 * Press releases close with the publisher's standing self-description ("Ascom is a global solutions provider
 * ..."), often without an "About" heading. Those closing paragraphs open with the site's own name followed by
 * what it is or has; they describe the company, not the news.
 */
final class CompanyBio {
  /** The bio closes a release: only this many last paragraphs are looked at. */
  private static final int TAIL = 3;
  /** Short pieces keep their last paragraphs: the bio rule is for full releases. */
  private static final int MIN_BLOCKS = 5;
  private static final List<String> VERBS = List.of("is", "was", "has", "employs", "operates", "provides",
      "offers", "develops", "designs", "delivers");

  private CompanyBio() {
  }

  /** {@code blocks} without the closing paragraphs that describe the site's own company. */
  static List<Block> withoutTrailingBio(List<Block> blocks, String siteName, String host) {
    String name = name(siteName, host);
    if (name == null || blocks.size() < MIN_BLOCKS) {
      return blocks;
    }
    int end = blocks.size();
    while (end > blocks.size() - TAIL && describesCompany(blocks.get(end - 1).text(), name)) {
      end--;
    }
    return end == blocks.size() ? blocks : blocks.subList(0, end);
  }

  private static boolean describesCompany(String text, String name) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (!lower.startsWith(name + " ") && !lower.startsWith(name + ",")) {
      return false;
    }
    String[] words = lower.substring(name.length()).strip().split("[\\s,]+", 3);
    return words.length > 1 && VERBS.contains(words[0]) || words.length > 1 && words[0].equals("a")
        || words.length > 1 && words[0].equals("an");
  }

  /** The company's name as the text would open with it: the declared site name, else the host's own label. */
  private static String name(String siteName, String host) {
    if (siteName != null && siteName.strip().length() >= 3) {
      return siteName.strip().toLowerCase(Locale.ROOT);
    }
    if (host == null) {
      return null;
    }
    String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
    return labels.length >= 2 && labels[labels.length - 2].length() >= 3 ? labels[labels.length - 2] : null;
  }
}
