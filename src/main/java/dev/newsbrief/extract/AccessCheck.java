package dev.newsbrief.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Tells an article from a page that hides it: reads, in one pass over the parsed page, the marks of a login
 * form, a paywall, a JavaScript-only application and an error page, and weighs them against how much text
 * was extracted. Only a wall after the opening paragraphs makes a longer text a preview; the other marks
 * (a login box sits in many mastheads) only name the reason when there is next to no text.
 */
final class AccessCheck {
  /** Below this many words (a Han character counts as one) nothing reads as an article. */
  static final int MIN_WORDS = 30;
  /** A paywall or login box beside fewer words than this means the page shows only the opening. */
  private static final int PREVIEW_WORDS = 150;
  private static final Pattern PAYWALL = Pattern.compile(
      "paywall|pay-wall|regwall|registration-wall|subscriber-only|premium-content|meter-?wall|piano-?(offer|inline)"
          + "|article-locked|content-locked|login-?wall|loginwall");
  private static final Pattern JS_NOTICE = Pattern.compile(
      "enable javascript|javascript is (disabled|required)|requires javascript|turn on javascript"
          + "|需要(启用|開啟|开启)?javascript|启用javascript|请开启javascript|you need to enable javascript");
  private static final Pattern ERROR_TITLE = Pattern.compile(
      "\\b(404|403|410|500)\\b|not found|page unavailable|access denied|错误信息|页面不存在|找不到|出错");

  private static final Set<String> FURNITURE = Set.of("header", "nav", "footer");
  /** Where single-page applications mount themselves. */
  private static final Set<String> APP_ROOTS = Set.of("app", "root", "__next", "__nuxt");

  /** What the page's markup says about access, before cleaning removes forms and scripts. */
  record Signals(boolean login, boolean paywall, boolean javascriptOnly, boolean error) {
  }

  private AccessCheck() {
  }

  static Signals scan(Document doc) {
    Scanner scanner = new Scanner();
    if (doc.body() != null) {
      NodeTraversor.filter(scanner, doc.body());
    }
    Element title = doc.head() == null ? null : doc.head().selectFirst("title");
    boolean error = title != null && ERROR_TITLE.matcher(title.text().toLowerCase(Locale.ROOT)).find();
    return new Signals(scanner.password, scanner.paywall, scanner.javascriptNotice || scanner.appShell, error);
  }

  /**
   * The verdict on {@code article}. An incomplete article keeps the text the page shows when that is at least
   * {@link #MIN_WORDS} words (a teaser), takes the page's description where that says more, and is otherwise
   * emptied: a few words beside a wall are navigation, not the article.
   */
  static Extraction judge(Article article, Signals signals, String description) {
    int words = article.wordCount();
    boolean preview = signals.paywall() && words < PREVIEW_WORDS;
    if (words >= MIN_WORDS && !preview) {
      return new Extraction(article, true, null);
    }
    boolean described = description != null && TextStats.wordCount(description) > words;
    List<String> shown = described ? List.of(description) : words >= MIN_WORDS ? article.paragraphs() : List.of();
    Article kept = new Article(article.url(), article.canonicalUrl(), article.title(), article.siteName(),
        article.byline(), article.published(), article.language(), shown,
        shown == article.paragraphs() ? article.sources() : List.of(), article.imageUrl());
    return new Extraction(kept, false, reason(signals, !shown.isEmpty()));
  }

  private static String reason(Signals signals, boolean someText) {
    if (signals.paywall()) {
      return "only a preview is available: the rest of the article is behind a paywall";
    }
    if (signals.login()) {
      return "only a preview is available: the page needs a login";
    }
    if (signals.javascriptOnly()) {
      return "only a preview is available: the page needs JavaScript";
    }
    if (signals.error()) {
      return "no article: the site answered with an error page";
    }
    return someText ? "only a preview is available: the page needs a login or JavaScript"
        : "no article text found (the page may need a login or JavaScript, or it is not an article)";
  }

  /**
   * Looks for a password field, "enable JavaScript" notices and paywall boxes. A paywall box counts only where
   * it follows the article's opening paragraphs outside the page's header, navigation and footer: a subscribe
   * widget in the masthead sits on every page of a site, walls stand right after the teaser.
   */
  private static final class Scanner implements NodeFilter {
    /** Characters of paragraph text a wall must follow: the teaser it cuts. */
    private static final int TEASER_CHARS = 100;
    boolean password;
    boolean paywall;
    boolean javascriptNotice;
    boolean appShell;
    private int furnitureDepth;
    private int paragraphChars;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t && t.parent() != null && t.parentNode().nodeName().equals("p")) {
        paragraphChars += furnitureDepth == 0 ? t.text().strip().length() : 0;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      String tag = e.normalName();
      if (!appShell && (APP_ROOTS.contains(e.id()) || e.hasAttr("ng-app") || e.hasAttr("data-reactroot"))) {
        appShell = true;
      }
      if (FURNITURE.contains(tag)) {
        furnitureDepth++;
      } else if (tag.equals("input") && e.attr("type").equalsIgnoreCase("password")) {
        password = true;
      } else if (tag.equals("noscript")) {
        javascriptNotice |= JS_NOTICE.matcher(e.text().toLowerCase(Locale.ROOT)).find();
        return FilterResult.SKIP_ENTIRELY;
      } else if (!paywall && furnitureDepth == 0 && paragraphChars >= TEASER_CHARS
          && (!e.className().isEmpty() || !e.id().isEmpty())) {
        paywall = PAYWALL.matcher((e.className() + " " + e.id()).toLowerCase(Locale.ROOT)).find();
      }
      return tag.equals("script") || tag.equals("style") ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e && FURNITURE.contains(e.normalName())) {
        furnitureDepth--;
      }
      return FilterResult.CONTINUE;
    }
  }
}
