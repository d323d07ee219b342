package dev.newsbrief.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits an article's trailing "Sources" / "信息来源" list off its text and reads each entry. */
final class SourcesParser {
  /** An anchor that only says "link" or "here": the URL is kept, the word is not part of the title. */
  private static final Pattern LINK_WORD = Pattern.compile(
      "(?iu)[\\[(（【]?\\blink\\b[\\])）】]?\\s*$"
          + "|[\\[(（【]?(?:原文链接|原文|链接|点击查看|查看原文)[\\])）】]?\\s*$");
  private static final Pattern HEADING = Pattern.compile(
      "^(信息来源|资料来源|消息来源|参考资料|参考文献|参考来源|引用来源|来源|sources?|references|bibliography"
          + "|quellen?|quelle\\(n\\)|quellenangaben?)\\s*[:：]?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern MARKER = Pattern.compile(
      "^\\s*(\\[\\d+]|\\d+\\s*[.、)）]|[（(]\\d+[)）]|[-•*·▪–]|[\\^↑](?:\\s*[a-z](?=\\s))*)\\s*");
  /** A wiki's section edit link beside a heading: "参考资料[编辑]", "References [edit]". */
  private static final Pattern EDIT_LINK = Pattern.compile(
      "\\s*[\\[［](?:编辑|編輯|编辑源代码|edit|edit source|править|править код|modifier|bearbeiten|editar)[\\]］]\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * What a wiki citation template leaves behind: empty brackets, archive notes, the language of the cited page
   * ("（美国英语）", "（中文（中国大陆））") and the dots of its empty fields (". . ").
   */
  private static final Pattern CITE_DEBRIS = Pattern.compile(
      "[（(]\\s*原始内容存档于[^）)]*[）)]?|\\(?archived from the original[^)]*\\)?\\.?"
          + "|[（(]\\s*(?:中文|英语|英文|美国英语|英国英语|日语|日文|韩语|韩文|法语|德语|俄语)(?:[（(][^（()）]{1,12}[）)])?\\s*[）)]"
          + "|(?<=\\.)(?:\\s+\\.)+",
      Pattern.CASE_INSENSITIVE);
  /** The title a wiki citation template puts on a link it knows no title for: no title at all. */
  private static final Pattern ARCHIVE_PLACEHOLDER = Pattern.compile("存档副本|存檔副本|archived copy",
      Pattern.CASE_INSENSITIVE);
  /** The heading of a wiki's next section after its references ("外部链接", "See also"): no source. */
  private static final Pattern NEXT_SECTION = Pattern.compile(
      "^(?:外部链接|外部連結|外部链接与参考|相关条目|相關條目|参见|參見|参看|延伸阅读|延伸閱讀|扩展阅读|external links"
          + "|see also|further reading|weblinks|siehe auch|liens externes|voir aussi|enlaces externos)\\s*[:：]?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'，。）)]+");
  private static final Pattern DATE = Pattern.compile(
      "[（(,，]?\\s*(?:(?:19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?"
          + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d{2}"
          + "|\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(?:19|20)\\d{2})\\s*[)）]?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern QUOTED_TITLE = Pattern.compile("《([^》]+)》|“([^”]+)”|\"([^\"]+)\"");
  private static final int MAX_ENTRY = 300;
  /** Brackets left empty once the date inside them is read: "金鍾國台灣之家. [2017-04-13]." */
  private static final Pattern EMPTY_BRACKETS = Pattern.compile("[\\[［(（]\\s*[]］)）]");
  /** A bare name holds no clause: "新华社" is a publisher, "常错译金钟国，后正名为金锺国" a note. */
  private static final Pattern CLAUSE_MARK = Pattern.compile("[，,。；;]");

  /** The article's text blocks and the sources taken out of them. */
  record Split(List<Block> text, List<Source> sources) {
  }

  private SourcesParser() {
  }

  /** True for a line that heads a sources list ("Sources:", "参考资料"), with nothing after it. */
  static boolean isHeading(String text) {
    if (text.length() > 40) {
      return false;
    }
    Matcher m = HEADING.matcher(EDIT_LINK.matcher(text).replaceAll("").strip());
    return m.matches() && m.group(2).isBlank();
  }

  static Split split(List<Block> blocks) {
    for (int i = blocks.size() - 1; i >= Math.max(1, blocks.size() / 3); i--) {
      Block heading = blocks.get(i);
      if (heading.text().length() > 200) {
        continue;
      }
      Matcher m = HEADING.matcher(EDIT_LINK.matcher(heading.text()).replaceAll(""));
      if (!m.matches()) {
        continue;
      }
      String inline = m.group(2).strip();
      boolean singular = m.group(1).equalsIgnoreCase("来源") || m.group(1).equalsIgnoreCase("source");
      if (!inline.isEmpty() && singular) {
        continue;
      }
      List<Source> sources = new ArrayList<>();
      for (String entry : inline.split("[;；]|、(?![^《]*》)")) {
        addEntry(sources, entry, null);
      }
      int end = i + 1;
      while (end < blocks.size() && blocks.get(end).text().length() <= MAX_ENTRY
          && !BoilerplateFilter.matchesDropRule(blocks.get(end).text())) {
        addEntry(sources, blocks.get(end).text(), blocks.get(end).href());
        end++;
      }
      if (sources.isEmpty()) {
        continue;
      }
      List<Block> text = new ArrayList<>(blocks.subList(0, i));
      text.addAll(blocks.subList(end, blocks.size()));
      return new Split(text, sources);
    }
    return new Split(blocks, List.of());
  }

  private static void addEntry(List<Source> sources, String raw, String href) {
    if (NEXT_SECTION.matcher(EDIT_LINK.matcher(raw).replaceAll("").strip()).matches()) {
      return;
    }
    Source source = parse(raw, href);
    if (source != null) {
      sources.add(source);
    }
  }

  /** One entry: "Publisher: Title (2021-03-05)", "《标题》，新华社，2021年3月5日", a bare name, or a link. */
  static Source parse(String raw, String href) {
    String text = MARKER.matcher(raw.strip()).replaceFirst("");
    text = CITE_DEBRIS.matcher(EDIT_LINK.matcher(text).replaceAll(" ")).replaceAll(" ");
    String url = href;
    Matcher u = URL.matcher(text);
    if (u.find()) {
      url = url == null ? u.group() : url;
      text = (text.substring(0, u.start()) + text.substring(u.end())).strip();
    }
    String date = DateNormalizer.find(text);
    text = EMPTY_BRACKETS.matcher(DATE.matcher(text).replaceAll(" ")).replaceAll(" ");
    text = LINK_WORD.matcher(text).replaceAll(" ").replaceAll("\\s{2,}", " ").strip();
    text = text.replaceAll("^[\\s,，;；:：.。-]+|[\\s,，;；:：.。-]+$", "");
    if (ARCHIVE_PLACEHOLDER.matcher(text).matches()) {
      text = "";
    }
    if (text.isEmpty() && url == null) {
      return null;
    }
    String title = null;
    String publisher = null;
    Matcher q = QUOTED_TITLE.matcher(text);
    int colon = firstColon(text);
    if (q.find()) {
      title = q.group(1) != null ? q.group(1) : q.group(2) != null ? q.group(2) : q.group(3);
      String rest = (text.substring(0, q.start()) + " " + text.substring(q.end()))
          .replaceAll("^[\\s,，;；:：.。、-]+|[\\s,，;；:：.。、-]+$", "");
      publisher = rest.isEmpty() ? null : rest.split("\\s*[,，、;；]\\s*")[0];
    } else if (colon > 0 && colon <= 40) {
      publisher = text.substring(0, colon).strip();
      title = text.substring(colon + 1).strip();
    } else if (text.length() <= 20 && url == null && !CLAUSE_MARK.matcher(text).find()) {
      publisher = text;
    } else {
      title = text.isEmpty() ? null : text;
    }
    return new Source(emptyToNull(title), emptyToNull(publisher), date, url);
  }

  private static int firstColon(String text) {
    int ascii = text.indexOf(": ");
    int wide = text.indexOf('：');
    if (ascii < 0) {
      return wide;
    }
    return wide < 0 ? ascii : Math.min(ascii, wide);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
