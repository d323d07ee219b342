package dev.newsbrief.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What an element's tag, class and id suggest about it: article text, page furniture or neither. */
final class ClassHints {
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|main|page|post|text|blog|story|正文|zhengwen|detail|tweet|embed");
  private static final Pattern NEGATIVE = Pattern.compile(
      "comment|meta|footer|footnote|masthead|related|share|social|sidebar|sponsor|promo|(^|[-_\\s])ads?([-_\\s]|$)"
          + "|advert|banner|breadcrumb|cookie|consent|newsletter|subscribe|popup|modal|caption|credit|author-bio"
          + "|tags|recommend|widget|combx|shoutbox|outbrain|taboola|(^|[-_\\s])nav|menu|toolbar|pagination|hidden|teaser|carousel|swiper|trending|popular|most-?read|(^|[-_\\s])rail");
  private static final Pattern UNLIKELY = Pattern.compile(
      "banner|breadcrumb|combx|comment|community|cookie|consent|disqus|extra|footer|gdpr|header|legends|menu"
          + "|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate"
          + "|pagination|pager|popup|modal|newsletter|subscribe|recommend|share|taboola|outbrain|(^|[-_\\s])nav"
          + "|login|signup|promo|teaser|carousel|swiper|trending|popular|most-?read|(^|[-_\\s])rail");
  private static final Pattern MAYBE_CANDIDATE = Pattern.compile("and|article|body|column|content|main|shadow|正文|tweet|embed");
  private static final Pattern CAPTION = Pattern.compile("caption|credit|photo-?desc|img-?desc|image-?desc|pic-?info");
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
    if (NEGATIVE.matcher(hints).find()) {
      weight -= 25;
    }
    if (POSITIVE.matcher(hints).find()) {
      weight += 25;
    }
    return weight;
  }

  /** Page furniture by its name alone (comments, menus, share bars), unless it also looks like content. */
  static boolean unlikely(Element e) {
    if (PROTECTED_TAGS.contains(e.normalName()) || "articleBody".equals(e.attr("itemprop"))) {
      return false;
    }
    String hints = hints(e);
    return !hints.isEmpty() && UNLIKELY.matcher(hints).find() && !MAYBE_CANDIDATE.matcher(hints).find();
  }

  /** Image captions and credits, which describe a picture rather than tell the story. */
  static boolean caption(Element e) {
    String tag = e.normalName();
    if (tag.equals("figcaption") || tag.equals("caption")) {
      return true;
    }
    String hints = hints(e);
    return !hints.isEmpty() && CAPTION.matcher(hints).find();
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
