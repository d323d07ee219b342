package dev.newsbrief.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Removes what never belongs to an article: scripts, navigation, forms, embeds and hidden elements. */
final class PageCleaner {
  private static final java.util.Set<String> JUNK = java.util.Set.of("script", "style", "noscript", "iframe", "svg",
      "nav", "aside", "footer", "button", "input", "select", "textarea", "object", "embed", "canvas", "template",
      "link", "meta", "map", "dialog", "audio", "video", "picture", "source", "head", "title");

  private static final Pattern RELATED = Pattern.compile("related|recommend|more-?stories|read-?next|also-?like");

  private PageCleaner() {
  }

  static void clean(Document doc) {
    LazyText.reveal(doc); // first: what it puts back is cleaned like the rest
    List<Node> doomed = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof org.jsoup.nodes.Comment) {
          doomed.add(node);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof Element e && (junk(e) || hidden(e))) {
          doomed.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof Element e && relatedBoxTitle(e)) {
          doomed.add(e.parent());
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, doc.body() == null ? doc : doc.body());
    doomed.forEach(Node::remove);
  }

  private static final java.util.regex.Pattern PAYWALL = java.util.regex.Pattern.compile(
      "(?i)paywall|pay-wall|regwall|meter-?wall|subscriber-only|piano-?(offer|inline)");
  private static final java.util.regex.Pattern PROMPT = java.util.regex.Pattern.compile(
      "(?iu)subscri|sign in|log in|register|unlimited access|订阅|登录|注册|подпис|войти|зарегистр");

  private static boolean junk(Element e) {
    String tag = e.normalName();
    if (JUNK.contains(tag)) {
      return true;
    }
    // ASP.NET pages wrap the whole page in one form; only small forms (search, login, comment) are furniture.
    return tag.equals("form") && e.text().length() < 300 || paywallPrompt(e);
  }

  /**
   * A "subscribe to keep reading" box. Some sites put the article itself in an element named "paywall", so
   * only a short one that asks the reader to subscribe or sign in counts as furniture.
   */
  static boolean paywallPrompt(Element e) {
    String cls = e.className();
    String id = e.id();
    // Every element passes here: a cheap look for the words every PAYWALL match contains saves the regex.
    if (!mayNamePaywall(cls) && !mayNamePaywall(id)) {
      return false;
    }
    String hints = cls + " " + id;
    if (!PAYWALL.matcher(hints).find()) {
      return false;
    }
    String text = e.text();
    return text.length() < 500 && PROMPT.matcher(text).find();
  }

  /**
   * False only when {@code name} cannot hold a PAYWALL match: each one contains "wall", "subscriber" or "piano",
   * and PAYWALL ignores only ASCII case.
   */
  private static boolean mayNamePaywall(String name) {
    return !name.isEmpty() && (containsIgnoringAsciiCase(name, "wall")
        || containsIgnoringAsciiCase(name, "subscriber") || containsIgnoringAsciiCase(name, "piano"));
  }

  /** Whether {@code text} contains {@code lowerWord}, with ASCII capitals read as small letters. */
  private static boolean containsIgnoringAsciiCase(String text, String lowerWord) {
    outer:
    for (int i = 0; i + lowerWord.length() <= text.length(); i++) {
      for (int j = 0; j < lowerWord.length(); j++) {
        char c = text.charAt(i + j);
        if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lowerWord.charAt(j)) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * A heading named as related or recommended posts that opens its box ("You may like…" over a list of
   * teasers): the whole box is the site's, however article-like its teasers are.
   */
  private static boolean relatedBoxTitle(Element e) {
    String tag = e.normalName();
    if (tag.length() != 2 || tag.charAt(0) != 'h' || tag.charAt(1) < '2' || tag.charAt(1) > '4'
        || e.elementSiblingIndex() != 0 || e.parent() == null || e.parent().normalName().equals("body")) {
      return false;
    }
    String hints = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    return RELATED.matcher(hints).find();
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !e.normalName().equals("body")) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) {
        return true;
      }
    }
    String cls = e.className();
    // Screen-reader labels and hover cards (a person's mini profile inside a sentence) are not read inline.
    return !cls.isEmpty() && (cls.contains("sr-only") || cls.contains("visually-hidden") || cls.contains("screen-reader")
        || cls.contains("tooltip") || cls.contains("popover") || cls.contains("rollover") || cls.contains("hovercard"));
  }
}
