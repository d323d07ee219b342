package dev.newsbrief.summarize;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Judges whether a trimmed sentence can be a key point on its own. Stateless and thread-safe. */
final class CandidateFilter {
  /**
   * How fit a sentence is to be a key point: run-ons are used when good sentences run out, weak ones
   * (short, questions) only when nothing else exists, page furniture never.
   */
  enum Fitness { GOOD, RUN_ON, WEAK, FURNITURE }

  private static final int MIN_LATIN_CHARS = 25;
  private static final int MIN_CJK_CHARS = 10;
  private static final int MAX_LATIN_WORDS = 40;
  private static final int MAX_CJK_CHARS = 200;
  private static final Pattern CAPTION = Pattern.compile(
      "^(?:pictured|file photo|caption|(?:cover|featured|top|lead|header|main) (?:image|photo|picture)"
          + "|(?:image|photo|picture|video|media) (?:copyright|caption|credit|source)"
          + "|read more|see also|advertisement|click here|share this"
          + "|читайте также|подробнее|lire aussi)\\b"
          + "|^\\(?(?:reuters|ap|afp|getty images|cnn|bbc)\\)?\\.?$",
      Pattern.CASE_INSENSITIVE);
  /**
   * A caption's or a credit's label: "Photo: …", "Video | …", "Source – IMF", "Bild: dpa", "Photo by …". The same
   * words also open sentences ("Video footage shows police …", "Source code was leaked …", "Bild reported …"), so
   * the label counts only with its separator.
   */
  private static final Pattern CAPTION_LABEL = Pattern.compile(
      "^(?:photos?|images?|pictures?|videos?|watch|credits?|sources?|graphic|illustration|related"
          + "|фото|видео|источник|foto|bild|quelle|fuente)\\s*(?:[:|/©–—]|-\\s|by\\b|courtesy\\b)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Site boilerplate anywhere in the line, in lower case; looked up as plain text, not a regex, for speed. */
  private static final List<String> BOILERPLATE = List.of(
      "getty images", "all rights reserved", "©", "use cookies", "accept cookies", "our newsletter", "enable javascript",
      // the disclosures and calls to action of syndicated, sponsored and press-release pages
      "originally published", "has been compensated by", "all opinions are mine", "all opinions are my own",
      "contains affiliate links", "for more information", "please visit",
      // wiki maintenance notices
      "this article has multiple issues", "needs additional citations", "please help improve this article");
  private static final Pattern COPYRIGHT_YEAR = Pattern.compile("copyright \\d");
  /** "By Maria Lopez, March 14, 2025", "Автор: ...": a byline, however long its date. */
  private static final Pattern BYLINE = Pattern.compile(
      "^(?:by|von|par|por|автор|текст)[\\s:.]+\\S+(?:\\s+\\S+){0,7}$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A cited source: 《Title》，site，2024年12月2日 or "Annual outlook, Energy Agency, January 2025". */
  private static final Pattern CITATION = Pattern.compile(
      "^《[^》]*》[，,：:]|(?:\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{2}-\\d{2}|[,，]\\s*\\D{0,20}(?:19|20)\\d{2})$");
  /** "More about the Mumbai attacks.", "Look at Lazar's images.": a short line that points at a link. */
  private static final Pattern LINK_TEASER = Pattern.compile(
      "^(?:more (?:about|on|from)|look at|check out|take a look at|find out more|see more)\\b", Pattern.CASE_INSENSITIVE);
  private static final int MAX_TEASER_WORDS = 10;
  /** Quotes and brackets that may close a sentence after its mark. */
  private static final String CLOSERS = "”」』）)\"'’»";
  private static final Pattern CJK_BOILERPLATE = Pattern.compile(
      "图片来源|图片：|图／|图/|摄影[：:]|来源[：:]|责任编辑|原标题|编辑[：:]|记者[：:]|作者[：:]|点击|扫码|关注我们|微信公众号"
          + "|版权|转载|未经授权|免责声明|本文来自|文章来源|本条目存在|此条目|请协助改善"
          // editors' notes and the calls to act of apps and social accounts
          + "|编者按|编者注|编者的话|小编|打开[Aa][Pp][Pp]|下载[Aa][Pp][Pp]|阅读原文|阅读全文|长按识别|长按二维码"
          + "|欢迎(?:留言|转发|点赞|分享|评论|关注)|(?:留言|评论)区(?:留言|告诉|说说|聊聊|分享|讨论)"
          // a photo's caption: "图为…", "▲…"; its credit is found by isPhotoCredit
          + "|^[（(]?(?:图为|上图|下图|左图|右图|图中|资料图|示意图|▲|△)");

  /**
   * A call to action: an imperative that asks the reader to subscribe, click, share, come back or not to miss
   * something, in the languages of the feeds: "Subscribe to our channel", "Confira a lista", "Подписывайтесь …".
   */
  private static final Pattern CALL_TO_ACTION = Pattern.compile(
      "^(?:subscribe|sign up|don[’']?t miss|do not miss|stay tuned|contact us|call us|follow us|join us|bookmark"
          + "|come and (?:see|experience|visit|join|try|enjoy)"
          + "|confira|venha|acesse|assine|inscreva-se|siga-nos|compartilhe|baixe|clique|não perca"
          + "|coloque (?:n[oa]s? )?(?:seus? )?favoritos"
          + "|suscr[ií]bete|suscr[ií]base|s[ií]gue(?:nos|me)|no te pierdas|no se pierda|haz clic|reg[ií]strate|ap[uú]ntate"
          + "|abonnez-vous|inscrivez-vous|suivez-nous|cliquez|partagez|n[’']h[ée]sitez pas|ne manquez pas"
          + "|retrouvez(?:-nous| tous| toutes| notre| nos)|rendez-vous sur"
          + "|abonnieren sie|folgen sie uns|klicken sie|besuchen sie uns|verpassen sie (?:nicht|keine)"
          + "|iscriviti|seguici|clicca|non perdete|non perdere|condividi"
          + "|подписывайтесь|подпишитесь|присоединяйтесь|голосуйте|проголосуйте|не пропустите|переходите (?:по|на)"
          + "|добавьте в закладки|узнайте (?:больше|подробнее)|ставьте лайки?|оставляйте (?:свои )?(?:комментарии|отзывы)"
          + "|(?:don[’']?t|do not) forget to (?:share|subscribe|follow|like|comment|bookmark|sign up|check out)"
          + "|share this (?:post|article|story|page)|let us know (?:in|what|your)|leave (?:us )?a comment"
          + "|follow (?:me|him|her|them) on|(?:find|like) us on|learn more (?:about|at|here|on)"
          + "|não (?:se )?esqueça de (?:compartilhar|curtir|seguir|se inscrever|assinar|comentar)"
          + "|no olvides (?:compartir|suscribirte|seguirnos|comentar|dejar)"
          + "|n[’']oubliez pas de (?:partager|vous abonner|nous suivre|commenter|laisser)"
          + "|non dimenticat?[ei] di (?:condividere|iscriverti|iscrivervi|seguirci|commentare|lasciare)"
          + "|не забудьте (?:подписаться|поделиться|поставить|оставить))"
          + "(?![\\p{L}\\p{N}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * An imperative to buy, book, visit or try: advice in a travel or how-to piece ("Book your hotel early"), but a
   * call to action when it exclaims ("Book your tickets today!", "Garanta já o seu!").
   */
  private static final Pattern SALES_PITCH = Pattern.compile(
      "^(?:(?:book|buy|order|grab|get|reserve|secure|claim|download|visit|shop|try)\\s+(?:your|our|it|them|now|today)"
          + "|aproveite|garanta|não deixe de|reserva|compra|consigue|descubre|descarga"
          + "|r[ée]servez|d[ée]couvrez|t[ée]l[ée]chargez|profitez|sichern sie sich|bestellen sie|buchen sie"
          + "|jetzt (?:anmelden|bestellen|abonnieren|kaufen|buchen|sichern|herunterladen|registrieren)"
          + "|scopri|prenota|acquista|vieni|venite|scarica"
          + "|заходите|забронируйте|закажите|заказывайте|покупайте|купите|скачайте|скачивайте|следите за)(?![\\p{L}\\p{N}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A caption label or a "read also" teaser in Russian, Portuguese, Spanish, French, German or Italian. */
  private static final Pattern FOREIGN_CAPTION = Pattern.compile(
      "^(?:(?:иллюстрация|скриншот|фотография|imagem|imagen|immagine|cr[ée]dits?|créditos?|fotograf[ií]a|bildquelle"
          + "|bildnachweis|fonte|fotos?)\\s*[:/|©]"
          + "|(?:читайте (?:также|тоже|ещё|еще)|смотрите также|см\\. также|по теме:|leia (?:também|mais)|veja (?:também|mais)"
          + "|saiba mais|le[ea] (?:también|más)|vea también|ver también|más información|à lire (?:aussi|également)"
          + "|voir aussi|en savoir plus|mehr zum thema|lesen sie (?:auch|mehr)|weiterlesen|mehr dazu|leggi anche"
          + "|vedi anche|per saperne di più|approfondisci)(?![\\p{L}])"
          + "|\\(?(?:efe|dpa|ansa|lusa|apa|europa press|agência brasil|тасс|риа новости|интерфакс)\\)?\\.?$)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Cookie, newsletter, credit and copyright lines of sites in other languages, in lower case. */
  private static final List<String> FOREIGN_BOILERPLATE = List.of(
      "usamos cookies", "utilizamos cookies", "utiliza cookies", "política de cookies", "utilise des cookies",
      "utilisons des cookies", "verwendet cookies", "verwenden cookies", "nutzt cookies", "utilizza cookie",
      "utilizziamo cookie", "utilizza i cookie", "utilizziamo i cookie", "файлы cookie", "файлов cookie",
      "nossa newsletter", "nuestro boletín", "nuestra newsletter", "notre newsletter", "unseren newsletter",
      "alla newsletter", "на рассылку", "todos os direitos reservados", "todos los derechos reservados",
      "tous droits réservés", "alle rechte vorbehalten", "tutti i diritti riservati", "все права защищены",
      // Korean and Japanese photo credits and copyright lines
      "사진=", "사진 =", "사진제공", "사진 제공", "무단전재", "무단 전재", "재배포 금지", "写真＝", "写真=", "無断転載", "無断複製");
  /**
   * The reader or the site spoken to in an exclamation: "you", "we", "você", "vous", "вы", "мы", … A line that
   * exclaims to the reader ("Nesta página você terá sempre …!") is promotion, not a statement of the story.
   */
  private static final java.util.Set<String> READER = java.util.Set.of(
      "you", "your", "yours", "we", "our", "us", "você", "vocês", "voce", "nós", "nosso", "nossa", "tú", "usted",
      "ustedes", "nosotros", "nuestro", "nuestra", "vous", "votre", "nous", "notre", "du", "dein", "deine", "euch",
      "wir", "uns", "unser", "unsere", "voi", "noi", "vostro", "nostro", "nostra", "вы", "вас", "вам", "ваш", "ваша",
      "ваши", "мы", "нас", "нам", "наш", "наша", "наши");

  /** "5) ", "3. ", "* ", "• ", "① ": the sentence was an item of a list. */
  private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:\\(?\\d{1,3}[.)、]|[*•·▪►▶■◆●]|[①-⑳])");
  /** "Tested by: John Smith RRP: £40 More info: www.example.com": the label of a field in a spec box. */
  private static final Pattern FIELD_LABEL = Pattern.compile("(?:^|\\s)\\p{Lu}[\\p{L} ]{0,20}:\\s");
  private static final int MAX_CJK_LABEL_CHARS = 8;
  /**
   * "做法：1、…；2、…；3、…": numbered steps run together, a recipe or a procedure rather than a statement; so is a
   * list whose first number the splitter cut off: "…；2.区块链；3.量子计算；".
   */
  private static final Pattern INLINE_STEPS = Pattern.compile(
      "(?:^|[：:；;。])\\s*1[、.．].*[；;，,]\\s*2[、.．]|[；;]\\s*\\d{1,2}[、.．][^；;]{1,30}[；;]\\s*\\d{1,2}[、.．]");
  /** Words that open the tail of a list, not a sentence: "以及三个被忽视的细节。". */
  private static final List<String> LIST_TAILS = List.of("以及", "及其", "等等");
  /** The interviewer's turn of a Q&A ("问：", "Q：") asks rather than tells. */
  private static final List<String> QUESTION_LABELS = List.of("问：", "问:", "Q：", "Q:", "提问：");
  private static final int MAX_CJK_FIELD_CHARS = 40;

  Fitness judge(String sentence) {
    return judge(sentence, cjkChars(sentence) * 2 >= sentence.strip().length());
  }

  /**
   * Judges {@code trimmed}, the sentence as it would be shown, knowing how it read in the article: an item of a
   * list that is no sentence ("5) Back to the Future DeLorean model, scale 1:24") is a weak point, however long.
   */
  Fitness judge(String trimmed, String original, boolean cjkArticle) {
    Fitness fitness = judge(trimmed, cjkArticle);
    if (fitness != Fitness.FURNITURE && LIST_MARKER.matcher(original).lookingAt()
        && !endsAsSentence(lastBeforeClosers(trimmed))) {
      return Fitness.WEAK;
    }
    return fitness;
  }

  /**
   * @param cjkArticle the article is written in Chinese, Japanese or Korean: a sentence in another script there
   *                   (an English abstract on a Chinese page) is a weak point, and the other way round
   */
  Fitness judge(String sentence, boolean cjkArticle) {
    String s = sentence.strip();
    int cjk = cjkChars(s);
    boolean mostlyCjk = cjk * 2 >= s.codePointCount(0, s.length()) - spaces(s);
    if (isPageFurniture(s, cjk > 0) || !hasLetters(s)) {
      return Fitness.FURNITURE;
    }
    char last = lastBeforeClosers(s);
    boolean ends = endsAsSentence(last);
    if ((mostlyCjk ? cjk < MIN_CJK_CHARS : s.length() < MIN_LATIN_CHARS)
        || s.endsWith(":") || s.endsWith("：")
        || mostlyCjk != cjkArticle || (!ends && isHeading(s, mostlyCjk))
        || (mostlyCjk ? isCjkField(s) || isCjkFragment(s) : !ends && isSpecBox(s))
        || endsAsQuestion(s)) {
      return Fitness.WEAK;
    }
    boolean runOn = mostlyCjk ? s.length() > MAX_CJK_CHARS : words(s) > MAX_LATIN_WORDS;
    boolean unfinished = !ends || (mostlyCjk && trailsOff(s, last));
    return runOn || isPartOfLongerQuote(s) || unfinished
        || exclaimsToReader(s) ? Fitness.RUN_ON : Fitness.GOOD;
  }

  /** The tail of a list ("以及…") or the interviewer's question ("问：…"): no statement of the story. */
  private static boolean isCjkFragment(String s) {
    for (String start : LIST_TAILS) {
      if (s.startsWith(start)) {
        return true;
      }
    }
    for (String label : QUESTION_LABELS) {
      if (s.startsWith(label)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A Chinese sentence that ends in an ellipsis ("重大项目开工、营商环境优化……", a lede's teaser or a voice trailing
   * off) or in a semicolon (an item of a list, one clause of a longer sentence) is unfinished: a second choice.
   */
  private static boolean trailsOff(String s, char last) {
    if (last == '…' || last == '；' || last == ';') {
      return true;
    }
    int i = s.length() - 1;
    while (i >= 0 && (Character.isWhitespace(s.charAt(i)) || CLOSERS.indexOf(s.charAt(i)) >= 0)) {
      i--;
    }
    return i >= 2 && s.startsWith("...", i - 2);
  }

  /**
   * A sentence cut from a quotation of several ("“South Dakota has a problem.", "Got her!” an officer said.")
   * reads as a fragment: its opening or closing quotation mark has no partner. It is a second choice.
   */
  static boolean isPartOfLongerQuote(String s) {
    int open = 0;
    int straight = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“' || c == '«' || (c == '`' && s.startsWith("``", i))) {
        open++;
      } else if (c == '”' || c == '»' || (c == '\'' && s.startsWith("''", i))) {
        if (open == 0) {
          return true;
        }
        open--;
      } else if (c == '"') {
        straight++;
      }
    }
    return open > 0 || straight % 2 == 1;
  }

  /** Two or more "Label: value" fields (in a line with no full stop): a product or review spec box, not a sentence. */
  private static boolean isSpecBox(String s) {
    if (s.indexOf(':') < 0) {
      return false;
    }
    Matcher label = FIELD_LABEL.matcher(s);
    int labels = 0;
    while (label.find() && ++labels < 2) {
      // count up to two
    }
    return labels >= 2;
  }

  /**
   * "原料：大米、红枣、黑芝麻。", "考试地点：中国艺术研究院研究生部。": a short label, a colon and a short value with no
   * clause in it is a field of a form or a recipe, not a statement; so are numbered steps run together.
   */
  private static boolean isCjkField(String s) {
    if (INLINE_STEPS.matcher(s).find()) {
      return true;
    }
    int colon = s.lastIndexOf('：');
    if (colon < 0) {
      return false;
    }
    String value = s.substring(colon + 1);
    int labelStart = Math.max(s.lastIndexOf('，', colon), s.lastIndexOf(',', colon)) + 1;
    return colon - labelStart <= MAX_CJK_LABEL_CHARS && colon > labelStart
        && value.length() < MAX_CJK_FIELD_CHARS && value.indexOf('，') < 0 && value.indexOf('“') < 0;
  }

  /** Whether {@code last}, a sentence's last character before closing quotes and brackets, ends it. */
  private static boolean endsAsSentence(char last) {
    return last != 0 && ".!?。！？…；;".indexOf(last) >= 0;
  }

  /** A short line (one that ends without any sentence mark) is a heading ("淘宝网物流配送存在的问题"), not a statement. */
  private static boolean isHeading(String s, boolean mostlyCjk) {
    return mostlyCjk ? cjkChars(s) < 40 : words(s) < 12;
  }

  static boolean isCjkLanguage(String language) {
    return "zh".equals(language) || "ja".equals(language) || "ko".equals(language);
  }

  /** Captions, credits, bylines, cited sources, link teasers and site boilerplate rather than the story. */
  private static boolean isPageFurniture(String s, boolean hasCjk) {
    String lower = s.toLowerCase(Locale.ROOT);
    return CAPTION.matcher(s).lookingAt() || CAPTION_LABEL.matcher(s).lookingAt() || isBoilerplate(lower) || isByline(s)
        || (mayBeCitation(s) && CITATION.matcher(s).find())
        || (hasCjk && (CJK_BOILERPLATE.matcher(s).find() || isPhotoCredit(s)))
        || (LINK_TEASER.matcher(s).lookingAt() && words(s) <= MAX_TEASER_WORDS)
        || isForeignFurniture(s, lower);
  }

  /**
   * A byline names someone: its first word after "By", "Von", "Par" or "Por" is capitalised, or a colon sets it off
   * ("Автор: …"). "Por eso el gobierno subió los impuestos." and "Von den 500 Mitarbeitern …" are sentences.
   */
  private static boolean isByline(String s) {
    Matcher byline = BYLINE.matcher(s);
    if (!byline.matches()) {
      return false;
    }
    int space = s.indexOf(' ');
    int colon = s.indexOf(':');
    if (colon >= 0 && (space < 0 || colon < space)) {
      return true;
    }
    int next = space + 1;
    while (next < s.length() && !Character.isLetterOrDigit(s.charAt(next))) {
      next++;
    }
    return next >= s.length() || !Character.isLowerCase(s.charAt(next));
  }

  /** Captions, teasers, cookie and copyright lines of other languages, and calls to action in any. */
  private static boolean isForeignFurniture(String s, String lower) {
    if (FOREIGN_CAPTION.matcher(s).lookingAt() || CALL_TO_ACTION.matcher(s).lookingAt()) {
      return true;
    }
    if (SALES_PITCH.matcher(s).lookingAt() && exclaims(s)) {
      return true;
    }
    for (String phrase : FOREIGN_BOILERPLATE) {
      if (lower.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A question: a question mark in its closing run of punctuation ("…?", "Chissà quanto durerà?!", "¿Y ahora
   * qué?»"), or a Japanese or Korean one that ends in a full stop ("…でしょうか。", "…코스프레인가.", "…할까."): a
   * teaser, not a point.
   */
  static boolean endsAsQuestion(String s) {
    int i = s.length() - 1;
    while (i >= 0 && (Character.isWhitespace(s.charAt(i)) || CLOSERS.indexOf(s.charAt(i)) >= 0
        || ".!?。！？…‽⁈⁉".indexOf(s.charAt(i)) >= 0)) {
      if ("?？‽⁈⁉".indexOf(s.charAt(i)) >= 0) {
        return true;
      }
      i--;
    }
    if (i < 0 || i == s.length() - 1) {
      return false;
    }
    char last = s.charAt(i);
    return last == 'か' || last == '까' || (last == '가' && i > 0 && "인는은던".indexOf(s.charAt(i - 1)) >= 0);
  }

  /** A line that ends with "!" (not in a quotation) and speaks to the reader or for the site: promotion. */
  private static boolean exclaimsToReader(String s) {
    if (!exclaims(s) || s.indexOf('"') >= 0 || s.indexOf('“') >= 0 || s.indexOf('«') >= 0) {
      return false;
    }
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean letter = i < s.length() && Character.isLetter(s.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (READER.contains(s.substring(start, i).toLowerCase(Locale.ROOT))) {
          return true;
        }
        start = -1;
      }
    }
    return false;
  }

  private static boolean exclaims(String s) {
    char last = lastBeforeClosers(s);
    return last == '!' || last == '！';
  }

  /** "…（新华社记者 张三 摄）", "本报记者 李四 摄": a line that ends in 摄 ("photographed by") credits a photo. */
  private static boolean isPhotoCredit(String s) {
    int end = s.length();
    while (end > 0 && ("）) ".indexOf(s.charAt(end - 1)) >= 0 || Character.isWhitespace(s.charAt(end - 1)))) {
      end--;
    }
    return end > 0 && s.charAt(end - 1) == '摄';
  }

  private static boolean isBoilerplate(String lower) {
    for (String phrase : BOILERPLATE) {
      if (lower.contains(phrase)) {
        return true;
      }
    }
    return lower.contains("copyright ") && COPYRIGHT_YEAR.matcher(lower).find();
  }

  /** Every citation form opens with 《 or ends with a year or a day: skip the regex's scan otherwise. */
  private static boolean mayBeCitation(String s) {
    char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
    return s.startsWith("《") || (last >= '0' && last <= '9') || last == '日';
  }

  /** The last character before trailing quotes, brackets and spaces, or 0 when there is none. */
  private static char lastBeforeClosers(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && CLOSERS.indexOf(c) < 0) {
        return c;
      }
    }
    return 0;
  }

  private static int cjkChars(String s) {
    int cjk = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Tokenizer.isCjk(cp)) {
        cjk++;
      }
    }
    return cjk;
  }

  private static int spaces(String s) {
    int spaces = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        spaces++;
      }
    }
    return spaces;
  }

  private static int words(String s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return Math.max(1, words);
  }

  private static boolean hasLetters(String s) {
    int letters = 0;
    for (int i = 0; i < s.length() && letters < 3; i++) {
      if (Character.isLetter(s.charAt(i))) {
        letters++;
      }
    }
    return letters >= 3;
  }
}
