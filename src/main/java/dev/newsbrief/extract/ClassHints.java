package dev.newsbrief.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What an element's tag, class and id suggest about it: article text, page furniture or neither. */
final class ClassHints {
  // Plain words are looked up with Keywords (these run on every element); only the few words that must stand
  // at a word edge ("nav" but not "canvas") need a regex.
  private static final Keywords POSITIVE = Keywords.of("article", "body", "content", "entry", "hentry", "main",
      "page", "post", "text", "blog", "story", "正文", "zhengwen", "detail", "tweet", "embed");
  private static final Keywords NEGATIVE = Keywords.of("comment", "meta", "footer", "footnote", "masthead",
      "related", "share", "social", "sidebar", "sponsor", "promo", "advert", "banner", "breadcrumb", "cookie",
      "consent", "newsletter", "subscribe", "popup", "modal", "caption", "credit", "author-bio", "tags", "recommend",
      "widget", "combx", "shoutbox", "outbrain", "taboola", "menu", "toolbar", "pagination", "hidden", "teaser",
      "carousel", "swiper", "trending", "popular", "mostread", "most-read");
  private static final Pattern NEGATIVE_AT_EDGE = Pattern.compile("(^|[-_\\s])(ads?([-_\\s]|$)|nav|rail)");
  private static final Keywords UNLIKELY = Keywords.of("banner", "breadcrumb", "combx", "comment", "community",
      "cookie", "consent", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
      "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break",
      "agegate", "pagination", "pager", "popup", "modal", "newsletter", "subscribe", "recommend", "share", "taboola",
      "outbrain", "login", "signup", "promo", "teaser", "carousel", "swiper", "trending", "popular", "mostread",
      "most-read");
  private static final Pattern UNLIKELY_AT_EDGE = Pattern.compile("(^|[-_\\s])(nav|rail)");
  /** What the edge regexes need, looked up first: most class names hold none of it. */
  private static final Keywords AT_EDGE_WORDS = Keywords.of("ad", "nav", "rail");
  private static final Keywords MAYBE_CANDIDATE = Keywords.of("and", "article", "body", "column", "content", "main",
      "shadow", "正文", "tweet", "embed");
  private static final Keywords CAPTION = Keywords.of("caption", "credit", "photo-desc", "photodesc", "img-desc",
      "imgdesc", "image-desc", "imagedesc", "pic-info", "picinfo");
  private static final Set<String> PROTECTED_TAGS = Set.of("html", "body", "article", "main", "a", "td", "tr",
      "tbody", "table", "text");

  private ClassHints() {
  }

  /** +25 for an article-like class or id, -25 for furniture, both can apply. */
  static int weight(Element e) {
    String hints = hints(e);
    if (hints.isEmpty()) {
      return 0;
    }
    int weight = 0;
    if (NEGATIVE.foundIn(hints) || atEdge(NEGATIVE_AT_EDGE, hints)) {
      weight -= 25;
    }
    if (POSITIVE.foundIn(hints)) {
      weight += 25;
    }
    return weight;
  }

  /** Page furniture by its name alone (comments, menus, share bars), unless it also looks like content. */
  static boolean unlikely(Element e) {
    return unlikely(e, hints(e));
  }

  /** Image captions and credits, which describe a picture rather than tell the story. */
  static boolean caption(Element e) {
    return caption(e, hints(e));
  }

  /**
   * {@code caption(e) || alsoUnlikely && unlikely(e)}, reading the class names once: the scorer and the
   * collector ask this of every element.
   */
  static boolean captionOrUnlikely(Element e, boolean alsoUnlikely) {
    String hints = hints(e);
    return caption(e, hints) || alsoUnlikely && unlikely(e, hints);
  }

  private static boolean unlikely(Element e, String hints) {
    if (hints.isEmpty() || PROTECTED_TAGS.contains(e.normalName()) || "articleBody".equals(e.attr("itemprop"))) {
      return false;
    }
    return (UNLIKELY.foundIn(hints) || atEdge(UNLIKELY_AT_EDGE, hints)) && !MAYBE_CANDIDATE.foundIn(hints);
  }

  private static boolean caption(Element e, String hints) {
    String tag = e.normalName();
    return tag.equals("figcaption") || tag.equals("caption") || !hints.isEmpty() && CAPTION.foundIn(hints);
  }

  private static boolean atEdge(Pattern edgeWords, String hints) {
    return AT_EDGE_WORDS.foundIn(hints) && edgeWords.matcher(hints).find();
  }

  private static String hints(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (cls + " " + id).toLowerCase(Locale.ROOT);
  }
}
