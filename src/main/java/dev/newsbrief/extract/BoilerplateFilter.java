package dev.newsbrief.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops lines that belong to the page rather than the story: link lines, repeated labels, share and
 * newsletter prompts, portal boilerplate (rules in {@code boilerplate.txt}), the headline and datelines.
 */
final class BoilerplateFilter {
  private static final int SHORT = 200;
  /** Text an article has before a "related" heading can end it early. */
  private static final int OPENING_CHARS = 300;
  private static final Pattern ATTRIBUTION = Pattern.compile("(?:^|\\s)(?:(?:文章|新闻|稿件)?来源|稿源|出处|source)\\s*[:：]\\s*"
      + "([^\\s|/　:：]{2,30}?)(?=\\s|$|[|/　]|(?:作者|编辑|记者|时间|发布)|\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATELINE_WORDS = Pattern.compile(
      "来源|作者|编辑|记者|发布|时间|日期|浏览|阅读|点击|字号|^by\\s|published|updated|posted|\\bmin read|\\d\\s*ago"
          + "|publicado|categoria|veröffentlicht|publié|publicado",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE = Pattern.compile("^(?i:by|von|par|por|di|door)\\s+\\p{Lu}");
  private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,2}[/.]\\d{1,2}[/.](?:19|20)?\\d{2}\\b");

  /** The kept blocks, and the publisher named by an attribution line ("来源：新华社"), or null. */
  record Filtered(List<Block> blocks, String attribution) {
  }

  private BoilerplateFilter() {
  }

  static Filtered filter(List<Block> blocks, String title, String byline) {
    List<Block> kept = new ArrayList<>();
    int end = endOfArticle(blocks);
    for (Block block : blocks.subList(0, end)) {
      Block cleaned = strip(block);
      if (cleaned != null && !furniture(cleaned) && !(kept.size() < 5 && sameText(cleaned.text(), title))) {
        kept.add(cleaned);
      }
    }
    kept = withoutRepeats(kept);
    String attribution = null;
    List<Block> result = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Block block = kept.get(i);
      boolean edge = i < 6 || i >= kept.size() - 3;
      if (edge && block.text().length() <= 120) {
        Matcher m = ATTRIBUTION.matcher(block.text());
        if (m.find()) {
          attribution = attribution == null ? m.group(1) : attribution;
          continue;
        }
        if (i < 6 && (dateline(block.text()) || namesAuthor(block.text(), byline))) {
          continue;
        }
      }
      result.add(block);
    }
    return new Filtered(result, attribution);
  }

  /**
   * Where a trailing "Related articles" or legal-notice heading starts the page's own material again: in the
   * second half of the text, or anywhere after the opening text when it is a heading of its own.
   */
  private static int endOfArticle(List<Block> blocks) {
    int before = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      String text = block.text();
      boolean late = i >= blocks.size() / 2 || block.kind() == Block.Kind.HEADING && before >= OPENING_CHARS;
      if (late && text.length() <= 40) {
        for (Pattern p : BoilerplateRules.end()) {
          if (p.matcher(text).find()) {
            return i;
          }
        }
      }
      before += text.length();
    }
    return blocks.size();
  }

  private static Block strip(Block block) {
    String text = block.text();
    for (Pattern p : BoilerplateRules.strip()) {
      text = p.matcher(text).replaceAll("").strip();
    }
    if (text.isEmpty()) {
      return null;
    }
    return text.equals(block.text()) ? block : block.withText(text);
  }

  private static boolean furniture(Block block) {
    String text = block.text();
    if (linkLine(block)) {
      return true;
    }
    if (text.length() > SHORT) {
      return false;
    }
    return !hasLetter(text) || matchesDropRule(text);
  }

  /** Mostly link text, unless it reads as a sentence that merely links a phrase. */
  private static boolean linkLine(Block block) {
    double density = block.linkDensity();
    if (density <= 0.5) {
      return false;
    }
    String text = block.text();
    boolean sentence = text.length() >= 80 && ".!?。！？\"”".indexOf(text.charAt(text.length() - 1)) >= 0;
    return density > 0.8 || !sentence;
  }

  /** True when a short line matches one of the data file's drop rules ("Share this", "点击进入专题"). */
  static boolean matchesDropRule(String text) {
    return BoilerplateRules.drops(text);
  }

  private static boolean dateline(String text) {
    if (text.length() > 60 || text.contains("。")) {
      return false;
    }
    if (BYLINE.matcher(text).find() && text.split("\\s+").length <= 8) {
      return true;
    }
    boolean dated = DateNormalizer.find(text) != null || NUMERIC_DATE.matcher(text).find();
    return dated && (DATELINE_WORDS.matcher(text).find() || text.length() < 45 || !text.endsWith("."));
  }

  /** A short line that is the author's name with a date or a label ("November 20, 2019 Jane Roe"). */
  private static boolean namesAuthor(String text, String byline) {
    return byline != null && byline.length() >= 4 && text.length() <= 80 && text.contains(byline)
        && text.split("\\s+").length <= 10;
  }

  /** Labels the page repeats between paragraphs ("Advertisement", "Share"); longer repeated lines may be content. */
  private static List<Block> withoutRepeats(List<Block> blocks) {
    Map<String, Integer> counts = new HashMap<>();
    for (Block b : blocks) {
      if (label(b)) {
        counts.merge(b.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    List<Block> kept = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      if (counts.getOrDefault(b.text().toLowerCase(Locale.ROOT), 0) < 3) {
        kept.add(b);
      }
    }
    return kept;
  }

  private static boolean label(Block b) {
    String text = b.text();
    int wide = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Whitespace.isWide(text.charAt(i))) {
        wide++;
      }
    }
    return b.kind() != Block.Kind.HEADING && text.length() <= 24 && text.split(" ").length <= 3 && wide <= 2;
  }

  private static boolean hasLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameText(String a, String b) {
    return b != null && squash(a).equalsIgnoreCase(squash(b));
  }

  private static String squash(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replace(" ", "");
  }
}
