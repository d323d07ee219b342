package dev.newsbrief.summarize;

import dev.newsbrief.extract.TextStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts paragraphs into sentences: Chinese/Japanese end marks with their closing quotes, and Latin
 * end marks that are not part of an abbreviation, an initial, a decimal or a mid-sentence ellipsis.
 * Stateless and thread-safe.
 */
final class SentenceSplitter {
  private static final String CJK_ENDS = "。！？…";
  private static final String LATIN_ENDS = ".!?";
  private static final String CLOSERS = "”’」』）)\"'»】〗";
  /** Abbreviations that never end a sentence (lower case, without the dot). */
  private static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gov", "sen", "rep", "gen", "col", "lt",
      "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "rt", "pres", "supt", "insp", "det", "mt", "ft",
      "vs", "etc", "e.g", "i.e", "cf", "approx", "dept", "univ", "inc", "corp", "ltd", "co", "bros",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "ave", "blvd", "rd", "mme", "mlle", "hr", "frau", "nr", "bzw", "z.b", "d.h", "usw", "т.е",
      "т.д", "г", "гг", "им", "ул", "д", "тыс", "млн", "млрд", "руб", "см");
  /** Abbreviations that only stay inside the sentence when a number follows ("No. 5"). */
  private static final Set<String> NUMBERED = Set.of("no", "nos", "art", "vol", "p", "pp", "fig", "ch", "sec", "op");
  /** Capitalised words that start a new sentence even right after "U.S.". */
  private static final Set<String> STARTERS = Set.of(
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "this", "that", "in",
      "on", "at", "his", "her", "their", "its", "there", "however", "meanwhile", "officials");
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  private static final int RUN_ON_WORDS = 40;
  /** A line shorter than this is a heading or a list item, never a wrapped line of prose. */
  private static final int WRAPPED_LINE_CHARS = 16;
  private static final int WRAPPED_LATIN_CHARS = 40;
  private static final int RUN_ON_CJK_CHARS = 200;
  private static final Pattern DOTTED_ACRONYM = Pattern.compile("(\\p{L}\\.)+\\p{L}");
  private static final Pattern LATIN_SEMICOLON = Pattern.compile(";\\s+");
  private static final Pattern CJK_SEMICOLON = Pattern.compile("(?<=；)");
  private static final String CJK_OPENERS = "“「『";
  private static final String CJK_QUOTE_CLOSERS = "”」』";
  private static final int MAX_QUOTE_CHARS = 120;
  /**
   * The speaker of the quote before: "他说。", and one with a time and a place but no comma,
   * "王部长昨天在常务会议上说。". 道 (街道, 知道) only ends a short one.
   */
  private static final Pattern SPEECH_TAG = Pattern.compile(
      "[\\p{IsHan}]{1,4}?(?:说|道|称|问|答|表示|指出|强调|透露|坦言|回应|写道)[。！？]"
          + "|[\\p{IsHan}\\p{Alnum}·]{5,20}?(?:说|称|表示|指出|强调|透露|坦言|回应|写道)[。！？]");

  /**
   * Sentences of all paragraphs, in order; newlines inside a paragraph also end a sentence, unless the text
   * was hard-wrapped (see {@link #unwrap}).
   */
  List<String> split(List<String> paragraphs) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : paragraphs) {
      lines.addAll(List.of(LINE_BREAK.split(paragraph)));
    }
    List<String> out = new ArrayList<>();
    for (String line : unwrap(lines)) {
      for (String sentence : splitLine(line)) {
        out.addAll(splitRunOn(sentence));
      }
    }
    return out;
  }

  /**
   * Joins lines of hard-wrapped prose, as old pages and mails hold them ({@code <br>} every 38 Chinese
   * characters or 72 letters), so that a sentence cut by the wrap is not read as two. A line is wrapped
   * when it is prose (Chinese with a comma or end mark inside it; Latin of some length) that stops in the
   * middle of a word or clause, and the next line carries on (a Han character; a lower-case letter). A
   * heading stays alone: it holds no comma and is followed by a capital or starts a new thought.
   */
  static List<String> unwrap(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    StringBuilder joined = new StringBuilder();
    for (String line : lines) {
      String text = line.strip();
      if (joined.length() > 0 && continues(joined, text)) {
        if (!Tokenizer.isCjk(joined.codePointBefore(joined.length())) || !Tokenizer.isCjk(text.codePointAt(0))) {
          joined.append(' ');
        }
        joined.append(text);
        continue;
      }
      if (joined.length() > 0) {
        out.add(joined.toString());
      }
      joined.setLength(0);
      joined.append(text);
    }
    if (joined.length() > 0) {
      out.add(joined.toString());
    }
    return out;
  }

  private static boolean continues(CharSequence previous, String next) {
    if (next.isEmpty() || previous.length() < WRAPPED_LINE_CHARS) {
      return false;
    }
    int last = Character.codePointBefore(previous, previous.length());
    int first = next.codePointAt(0);
    if (Tokenizer.isCjk(last) && Character.isLetter(last)) {
      return Tokenizer.isCjk(first) && Character.isLetterOrDigit(first) && isCjkProse(previous);
    }
    return (Character.isLowerCase(last) || last == ',') && Character.isLowerCase(first)
        && previous.length() >= WRAPPED_LATIN_CHARS && hasUpperCase(previous);
  }

  private static boolean isCjkProse(CharSequence line) {
    for (int i = 0; i < line.length(); i++) {
      if ("，。；！？".indexOf(line.charAt(i)) >= 0) { // not 、: a list of names is no prose
        return true;
      }
    }
    return false;
  }

  private static boolean hasUpperCase(CharSequence line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isUpperCase(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  List<String> splitLine(String line) {
    List<String> out = new ArrayList<>();
    boolean caseless = line.chars().noneMatch(Character::isUpperCase);
    int start = 0;
    int quoteOpen = -1;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (CJK_OPENERS.indexOf(c) >= 0) {
        quoteOpen = i;
      } else if (CJK_QUOTE_CLOSERS.indexOf(c) >= 0) {
        quoteOpen = -1;
      }
      boolean cjk = (CJK_ENDS.indexOf(c) >= 0 && !latinEllipsis(line, i)) || isWideEnd(line, i);
      if (!cjk && LATIN_ENDS.indexOf(c) < 0 && c != '…') {
        i++;
        continue;
      }
      int end = absorbClosers(line, i + 1);
      if (end > i + 1 && CJK_QUOTE_CLOSERS.indexOf(line.charAt(end - 1)) >= 0) {
        quoteOpen = -1;
      }
      boolean cut = cjk ? !insideQuote(quoteOpen, i) && !speechTagFollows(line, end)
          : latinBoundary(line, i, end, caseless);
      if (cut) {
        add(out, line.substring(start, end));
        start = end;
      }
      i = end;
    }
    add(out, line.substring(start));
    return out;
  }

  /** A Chinese quotation stays in one sentence with its speaker unless it runs on for long. */
  private static boolean insideQuote(int quoteOpen, int at) {
    return quoteOpen >= 0 && at - quoteOpen < MAX_QUOTE_CHARS;
  }

  /** A full-width ! or ? or an ellipsis made of dots inside CJK text ends a sentence like 。 does. */
  private static boolean isWideEnd(String s, int i) {
    char c = s.charAt(i);
    return (c == '!' || c == '?') && i > 0 && Character.UnicodeScript.of(s.codePointBefore(i)) == Character.UnicodeScript.HAN;
  }

  /** An ellipsis character after a Latin word follows the Latin rules ("wait… and then"). */
  private static boolean latinEllipsis(String s, int i) {
    return s.charAt(i) == '…' && i > 0 && !TextStats.isCjk(s.codePointBefore(i))
        && "。！？，、”」".indexOf(s.charAt(i - 1)) < 0;
  }

  private static int absorbClosers(String s, int i) {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (CJK_ENDS.indexOf(c) >= 0 || LATIN_ENDS.indexOf(c) >= 0 || CLOSERS.indexOf(c) >= 0) {
        i++;
      } else if (c == ' ' && s.startsWith("''", i + 1)) {
        i += 3; // PTB-tokenized closing quote: "providers . '' this"
      } else {
        break;
      }
    }
    return i;
  }

  /** After a quote such as “走吧！” a short tag like 他说。 belongs to the same sentence. */
  private static boolean speechTagFollows(String s, int end) {
    if (end == 0 || CLOSERS.indexOf(s.charAt(end - 1)) < 0) {
      return false;
    }
    Matcher tag = SPEECH_TAG.matcher(s).region(end, s.length());
    return tag.lookingAt();
  }

  private static boolean latinBoundary(String s, int mark, int end, boolean caseless) {
    if (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
      return gluedSentences(s, mark, end); // 3.5, U.S, example.com, "?!" stay; "Earth.Lucas said" is cut
    }
    int next = end;
    while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
      next++;
    }
    if (next == s.length()) {
      return true;
    }
    int following = s.codePointAt(next);
    if (Character.isLowerCase(following) && !caseless) {
      return false; // "etc. and", "... and then"
    }
    if (s.charAt(mark) != '.' || (mark + 1 < end && s.charAt(mark + 1) == '.')) {
      return true;
    }
    return !abbreviationBefore(s, mark, next, following);
  }

  /**
   * Two sentences whose paragraphs a page glued together without a space ("…beyond Earth.Lucas Paganini said"):
   * a lower-case word of three letters or more, the mark, then a capitalised word. Domains, decimals,
   * acronyms ("U.S.Navy"), host names ("Halo.Bungie.Org") and camel-cased names ("Node.Js") do not look like that.
   */
  private static boolean gluedSentences(String s, int mark, int end) {
    if (mark < 3 || end + 2 >= s.length() || !Character.isUpperCase(s.charAt(end))
        || !Character.isLowerCase(s.charAt(end + 1)) || !Character.isLowerCase(s.charAt(end + 2))) {
      return false;
    }
    for (int k = mark - 3; k < mark; k++) {
      if (!Character.isLowerCase(s.charAt(k))) {
        return false;
      }
    }
    int wordStart = mark;
    while (wordStart > 0 && Character.isLetter(s.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (wordStart > 0 && (s.charAt(wordStart - 1) == '.' || s.charAt(wordStart - 1) == '/')) {
      return false; // the last part of a host name: "Bungie.Org"
    }
    int wordEnd = end + 1;
    while (wordEnd < s.length() && Character.isLetter(s.charAt(wordEnd))) {
      wordEnd++;
    }
    if (wordEnd < s.length() && (s.charAt(wordEnd) == '.' || s.charAt(wordEnd) == '/')
        && wordEnd + 1 < s.length() && Character.isLetterOrDigit(s.charAt(wordEnd + 1))) {
      return false; // a host name: "Halo.Bungie.Org"
    }
    return mark + 1 == end || CLOSERS.indexOf(s.charAt(end - 1)) >= 0;
  }

  private static boolean abbreviationBefore(String s, int dot, int next, int following) {
    int wordEnd = dot;
    while (wordEnd > 0 && s.charAt(wordEnd - 1) == ' ') {
      wordEnd--; // PTB text puts a space before the dot: "gov . gary"
    }
    int wordStart = wordEnd;
    while (wordStart > 0 && isWordChar(s.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = s.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return false;
    }
    if (TITLES.contains(word)) {
      return true;
    }
    if (NUMBERED.contains(word)) {
      return Character.isDigit(following);
    }
    if (word.length() == 1 && Character.isLetter(word.charAt(0)) && wordEnd == dot) {
      return true; // an initial: "J. K. Rowling"
    }
    if (DOTTED_ACRONYM.matcher(word).matches()) {
      return !STARTERS.contains(nextWord(s, next)); // "U.S. officials" vs "the U.S. The"
    }
    return false;
  }

  /** A letter or dot of a Latin word; Chinese right before it ("基于R. Boyer") is no part of the word. */
  private static boolean isWordChar(char c) {
    return c == '.' || (Character.isLetter(c) && !TextStats.isCjk(c));
  }

  private static String nextWord(String s, int from) {
    int to = from;
    while (to < s.length() && Character.isLetter(s.charAt(to))) {
      to++;
    }
    return s.substring(from, to).toLowerCase(Locale.ROOT);
  }

  /**
   * Semicolons join closely related clauses, so they only cut run-ons: a Latin sentence of more than
   * 40 words or a CJK one of more than 200 characters, when every piece can stand alone.
   */
  private static List<String> splitRunOn(String sentence) {
    boolean latinRunOn = sentence.contains("; ") && sentence.split("\\s+").length > RUN_ON_WORDS;
    boolean cjkRunOn = sentence.length() > RUN_ON_CJK_CHARS && sentence.contains("；");
    if (!latinRunOn && !cjkRunOn) {
      return List.of(sentence);
    }
    List<String> parts = new ArrayList<>();
    Matcher semicolon = (latinRunOn ? LATIN_SEMICOLON : CJK_SEMICOLON).matcher(sentence);
    int start = 0;
    while (semicolon.find()) {
      parts.add(sentence.substring(start, semicolon.start()).strip());
      start = semicolon.end();
    }
    parts.add(sentence.substring(start).strip());
    return parts.stream().allMatch(p -> p.length() >= (latinRunOn ? 25 : 10)) ? parts : List.of(sentence);
  }

  private static void add(List<String> out, String sentence) {
    String s = sentence.strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
  }
}
