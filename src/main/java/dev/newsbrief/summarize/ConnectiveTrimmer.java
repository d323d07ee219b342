package dev.newsbrief.summarize;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a sentence stand on its own: drops a leading dateline ("LONDON (Reuters) -", "MADRID —") and connectives
 * that point at the sentence before ("However,", "But", "此外，"), then capitalises. Stateless.
 */
final class ConnectiveTrimmer {
  /**
   * An agency's dateline, maybe with a desk after a slash and the Spanish ".-": "LONDON (Reuters) -",
   * "Madrid, 3 dic (EFE).-", "Berlin (dpa/lno) -", "ROMA (ANSA) -", "(Интерфакс) —".
   */
  private static final Pattern DATELINE = Pattern.compile(
      "^[^()]{0,60}?\\(\\s*(?:cnn|reuters|ap|afp|bbc|upi|xinhua|dpa|bloomberg|ians|pti|tass|ria novosti"
          + "|efe|europa press|ansa|lusa|agência brasil|apa|kna|epd|sda|ats|belga|anp|kyodo|yonhap|ria"
          + "|интерфакс|тасс|риа новости|прайм)(?:/[\\p{L}]{2,6})?\\s*\\)\\s*(?:--|\\.?-|—|–|:)?\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * A city in capitals with the day and month and maybe an agency after the dash: "МОСКВА, 3 дек — РИА Новости.",
   * "ROMA, 3 DIC -", "SÃO PAULO, 12 de março —".
   */
  private static final Pattern DATED_DATELINE = Pattern.compile(
      "^\\p{Lu}{3,}[\\p{Lu}.'’ -]{0,28},\\s*\\d{1,2}\\.?\\s+(?:de\\s+)?\\p{L}{3,9}\\.?(?:\\s+(?:de\\s+)?\\d{4})?\\s*"
          + "(?:—|–|--|-)\\s+(?:(?:РИА Новости|ТАСС|Интерфакс|ПРАЙМ|Прайм|RT|Sputnik|REGNUM|ИА \\p{L}+)"
          + "(?:\\s+\\p{Lu}\\p{L}+)?[.,]\\s+)?(?=\\p{Lu})");
  /**
   * A list marker or a section label in front of a sentence: "①", "(2)", "3.", "摘要：", "Summary:", and the
   * Chinese ordinals of a list: "三、", "（二）", "第一，", "其二，", "例三：". "一、二线城市" is no marker: a
   * numeral follows.
   */
  private static final Pattern LABEL = Pattern.compile(
      "^\\s*(?:[①-⑳⑴-⒇❶-❿]\\s*|[(（]?\\d{1,2}[)）]\\s*|\\d{1,2}[.、]\\s+|\\d{1,2}、|\\d{1,2}[.．](?=\\p{IsHan})"
          + "|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])|[(（][一二三四五六七八九十]{1,3}[)）]\\s*"
          + "|(?:第|其)[一二三四五六七八九十]{1,3}[，,、：:]|例[一二三四五六七八九十\\d]{1,3}[：:]"
          + "|(?:摘要|提要|导语|核心提示|abstract|summary)\\s*[:：]\\s*)", Pattern.CASE_INSENSITIVE);
  /** "MADRID —", "BUFFALO, N.Y. —", "HONOLULU, Hawaii (HawaiiNewsNow) -": a city in capitals, a region, a source. */
  private static final Pattern CITY_DATELINE = Pattern.compile(
      "^\\p{Lu}{3,}[\\p{Lu}.'’ -]{0,28}(?:,\\s*\\p{Lu}[\\p{L}.’ ]{1,25})?\\s*(?:\\([^()]{2,30}\\))?\\s*(?:—|–|--|-)\\s+(?=\\p{Lu})");
  /**
   * What an embed or a dropped citation link leaves at the end: "… ourselves? pic.twitter.com/s96jjh8AlD",
   * "… in the United States (".
   */
  private static final Pattern TRAILING_DEBRIS = Pattern.compile(
      "(?:\\s+(?:pic\\.twitter\\.com/\\S+|https?://\\S+))+\\s*$|\\s*[(（\\[]\\s*$");
  /**
   * A Chinese or Korean news dateline: "新华社北京12月2日电（记者王立彬）", "本报讯（记者 张三）", "【环球时报综合报道】",
   * "[서울=뉴시스] 김철수 기자 =".
   */
  private static final Pattern CJK_DATELINE = Pattern.compile(
      "^\\s*(?:[\\p{IsHan}A-Za-z]{2,14}\\d{1,2}月\\d{1,2}日(?:电|讯|消息)|本[报刊台网][\\p{IsHan}]{0,6}讯"
          + "|【[^】]{1,20}(?:报道|讯|消息|电)】)\\s*(?:[（(][^）)]{1,30}[）)])?\\s*"
          + "|^\\s*\\[[^\\]=]{1,20}=[^\\]]{1,20}]\\s*(?:[\\p{IsHangul}]{2,4}\\s*기자\\s*=\\s*)?");
  private static final Pattern LEADING_COMMA = Pattern.compile("^\\s*,?\\s*");
  /** Orphaned punctuation left at the front: PTB quotes, commas, dashes, bullets, a stray "&" of a broken entity. */
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^(?:''|[,，、;；:：\\-–—\\s*•·▪►▶■◆●&])+");
  /** Latin-script connectives, matched case-insensitively and followed by a comma or a space. */
  private static final List<String> LATIN = List.of(
      "however", "but", "and", "also", "meanwhile", "moreover", "furthermore", "in addition", "additionally",
      "besides", "nevertheless", "nonetheless", "still", "yet", "indeed", "instead", "therefore", "thus",
      "hence", "then", "plus", "in fact", "of course", "that said", "as a result", "on the other hand",
      "at the same time", "in turn", "likewise", "similarly", "consequently", "so", "well", "now", "after all",
      "однако", "но", "и", "а", "также", "кроме того", "при этом", "между тем", "тем не менее", "впрочем",
      "aber", "und", "jedoch", "außerdem", "zudem", "allerdings", "mais", "et", "cependant", "par ailleurs",
      "en outre", "pourtant", "pero", "y", "sin embargo", "además", "también",
      // the common ones of Russian, French, Spanish, Portuguese and Italian the list above lacks
      "тем временем", "кроме этого", "помимо этого", "к тому же", "более того", "вместе с тем", "в то же время",
      "в свою очередь", "зато", "toutefois", "néanmoins", "de plus", "en effet", "d'ailleurs", "en revanche",
      "de son côté", "no obstante", "asimismo", "por otra parte", "por otro lado", "mientras tanto", "de hecho",
      "en cambio", "por su parte", "no entanto", "além disso", "contudo", "todavia", "entretanto", "porém",
      "por outro lado", "enquanto isso", "ainda assim", "tuttavia", "inoltre", "però", "comunque", "infatti",
      "intanto", "nel frattempo", "invece", "peraltro", "del resto", "d'altra parte", "in effetti",
      "ma", "mas", "e", "поэтому", "таким образом", "por eso", "por ello", "por lo tanto", "por isso", "portanto",
      "quindi", "pertanto", "perciò", "what's more", "what’s more");
  /** {@link #LATIN} by first letter: a sentence is checked against the few connectives that can start it. */
  private static final Map<Character, List<String>> LATIN_BY_INITIAL =
      LATIN.stream().collect(java.util.stream.Collectors.groupingBy(c -> c.charAt(0)));
  /** Words that only count as connectives when a comma follows: "So, ..." but not "So far". */
  private static final List<String> COMMA_ONLY = List.of("so", "still", "then", "yet", "instead", "well", "now", "a", "y", "et",
      "jedoch", "außerdem", "zudem", "allerdings");
  /**
   * Short connectives that are also names ("Ma Ying-jeou", "Mas", "E Street"): dropped only before a word in
   * lower case, as "Ma il governo", "Mas o governo" and "E la polizia" have it.
   */
  private static final List<String> BEFORE_LOWER_CASE = List.of("ma", "mas", "e");
  /**
   * A phrase that takes up a topic again, up to its comma: "Tornando al remake,", "Volviendo a la economía,",
   * "Возвращаясь к теме,", "Getting back to the budget,". Like a connective it points at the text before.
   */
  private static final Pattern RESUMPTION = Pattern.compile(
      "^(?:(?:ri)?tornando|volviendo|voltando|retornando|returning|getting back|going back|coming back|(?:pour )?en revenant"
          + "|pour en revenir|возвращаясь)\\s+(?:a|al|all[oaie']|ai|agli|ao|aos|à|às|au|aux|to|к|ко)\\b[^,.!?;]{1,50},\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final List<String> CJK = List.of(
      "除此之外", "除此以外", "与此同时", "要知道", "事实上", "实际上", "总的来说", "总而言之", "综上所述", "总之",
      "此外", "因此", "因而", "所以", "同时", "另外", "不过", "但是", "可是", "然而", "而且", "并且", "于是", "其实",
      "当然", "另一方面", "首先", "其次", "最后", "对此", "为此", "由此可见", "可见", "换句话说", "换言之", "也就是说",
      "不仅如此", "更重要的是", "值得一提的是", "值得注意的是", "需要指出的是", "相比之下", "据了解", "据悉",
      "再者", "何况", "况且", "然后", "接着", "但", "而",
      "一方で", "しかし", "また", "さらに", "ただし", "なお", "そのため", "つまり", "ところが");
  /** CJK connectives that may stand without a comma: "但是他..." reads fine as "他...". */
  private static final List<String> CJK_BARE = List.of(
      "但是", "然而", "因此", "此外", "另外", "不过", "而且", "所以", "同时", "于是", "并且", "可是", "因而",
      "何况", "况且", "然后", "但", "而");
  /**
   * Characters that make a bare connective part of a longer word, which stays: 但凡, 但愿, 但丁, 而今, 而已, 而立, 而言,
   * 同时期, 于是乎. 而后 and 而是 lean on the sentence before too, but cut to 后 or 是 they read worse.
   */
  private static final Map<String, String> LONGER_WORD =
      Map.of("但", "凡愿丁", "而", "今已立言后是", "同时", "期代间", "于是", "乎");

  String trim(String sentence) {
    String s = DATELINE.matcher(sentence).replaceFirst("");
    s = CITY_DATELINE.matcher(s).replaceFirst("");
    s = CJK_DATELINE.matcher(s).replaceFirst("");
    s = DATED_DATELINE.matcher(s).replaceFirst("");
    s = LABEL.matcher(s).replaceFirst("");
    boolean trimmed = s.length() != sentence.length();
    for (String previous = null; !s.equals(previous); ) {
      previous = s;
      s = dropConnective(s);
    }
    trimmed |= !s.equals(sentence) && s.length() < sentence.length();
    s = LEADING_PUNCTUATION.matcher(s).replaceFirst("").strip();
    s = TRAILING_DEBRIS.matcher(s).replaceFirst("");
    s = withoutUnclosedOpener(s);
    return trimmed || !s.equals(sentence.strip()) ? capitalise(s) : s;
  }

  /** "[共 23个专题，11个分会场。": a bracket opened at the start and never closed is debris of the page. */
  private static String withoutUnclosedOpener(String s) {
    if (s.isEmpty()) {
      return s;
    }
    int kind = "[【(（".indexOf(s.charAt(0));
    if (kind < 0 || s.indexOf("]】)）".charAt(kind)) >= 0) {
      return s;
    }
    return s.substring(1).strip();
  }

  /**
   * The writer's aside to the reader before the statement: "Напомним, что …", "Стоит отметить, что …", "Cabe recordar
   * que …", "Vale lembrar que …", "Rappelons que …", "Va ricordato che …", "It is worth noting that …".
   */
  private static final Pattern ASIDE = Pattern.compile(
      "^(?:напомним|отметим|стоит (?:отметить|напомнить|добавить)|следует (?:отметить|напомнить)|нужно отметить"
          + "|cabe (?:recordar|destacar|señalar)|hay que recordar|vale (?:lembrar|destacar|ressaltar)|rappelons"
          + "|il faut rappeler|va ricordato|ricordiamo|it is worth noting|it should be noted|it's worth noting)"
          + "(?:\\s*,\\s*(?:что\\s+)?|\\s+(?:que|che|that)\\s+|\\s*,\\s*)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Korean connectives, set off by a space or a comma: "하지만 그는 …", "또한, …". */
  private static final List<String> KOREAN = List.of("하지만", "그러나", "그런데", "또한", "게다가", "한편", "따라서", "그리고", "그래서");
  /** Japanese connectives, with or without a comma: "しかも設定は…", "そして、…"; the longer form first. */
  private static final List<String> JAPANESE_BARE = List.of("しかしながら", "しかし", "しかも", "そして", "ところが");

  private static String dropConnective(String s) {
    Matcher resumption = RESUMPTION.matcher(s);
    if (resumption.lookingAt()) {
      return s.substring(resumption.end());
    }
    Matcher aside = ASIDE.matcher(s);
    if (aside.lookingAt() && aside.end() < s.length()) {
      return s.substring(aside.end());
    }
    String lower = s.toLowerCase(Locale.ROOT);
    for (String c : LATIN_BY_INITIAL.getOrDefault(lower.isEmpty() ? ' ' : lower.charAt(0), List.of())) {
      if (lower.startsWith(c) && lower.length() > c.length() + 1) {
        char after = lower.charAt(c.length());
        boolean comma = after == ',' || (after == ' ' && lower.charAt(c.length() + 1) == ',');
        if (comma || (after == ' ' && !COMMA_ONLY.contains(c) && lowerCaseFollows(c, s))) {
          return LEADING_COMMA.matcher(s.substring(c.length())).replaceFirst("");
        }
      }
    }
    for (String c : CJK) {
      if (s.startsWith(c) && s.length() > c.length() + 1) {
        char after = s.charAt(c.length());
        if (after == '，' || after == ',' || after == '、') {
          return s.substring(c.length() + 1);
        }
        if (CJK_BARE.contains(c) && LONGER_WORD.getOrDefault(c, "").indexOf(after) < 0) {
          return s.substring(c.length());
        }
      }
    }
    return dropKoreanOrJapanese(s);
  }

  private static String dropKoreanOrJapanese(String s) {
    for (String c : KOREAN) {
      if (s.startsWith(c) && s.length() > c.length() + 1 && ", ，".indexOf(s.charAt(c.length())) >= 0) {
        return s.substring(c.length() + 1);
      }
    }
    for (String c : JAPANESE_BARE) {
      if (s.startsWith(c) && s.length() > c.length() + 1) {
        return s.substring(c.length());
      }
    }
    return s;
  }

  /** Whether connective {@code c} at the start of {@code s} may be dropped before the word that follows it. */
  private static boolean lowerCaseFollows(String c, String s) {
    if (!BEFORE_LOWER_CASE.contains(c)) {
      return true;
    }
    int next = c.length() + 1;
    return next < s.length() && Character.isLowerCase(s.codePointAt(next));
  }

  private static String capitalise(String s) {
    if (s.isEmpty() || !Character.isLowerCase(s.codePointAt(0))) {
      return s;
    }
    int first = s.codePointAt(0);
    return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
        .append(s, Character.charCount(first), s.length()).toString();
  }
}
