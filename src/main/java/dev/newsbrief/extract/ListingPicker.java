package dev.newsbrief.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * On a listing (a blog's archive page, a forum thread) the same post box repeats, and the longest post
 * outscores the one the page leads with. A reader, and a link to the page, means the first post: when the
 * best element's box repeats in several unrelated places, the first box in document order that carries
 * real text wins.
 */
final class ListingPicker {
  /** Fewer repeats than this is an article split in parts, not a listing. */
  private static final int MIN_POSTS = 3;
  /** A repeat counts as a post when it scores at least this share of the best one. */
  private static final double POST_SHARE = 0.15;
  /** The first post needs this much text of its own to lead. */
  private static final int MIN_POST_CHARS = 120;

  private ListingPicker() {
  }

  /** The first post of a listing that {@code top} belongs to, or {@code top} itself. */
  static Element first(Element top, Map<Element, ContentScorer.Stats> stats) {
    String cls = top.className().strip();
    if (cls.isEmpty() || top.parent() == null) {
      return top;
    }
    double topScore = ContentScorer.finalScore(stats.get(top));
    Element first = top;
    int posts = 1;
    // The scored elements, not the whole page: a post box always holds text.
    for (Map.Entry<Element, ContentScorer.Stats> entry : stats.entrySet()) {
      Element e = entry.getKey();
      if (e != top && isPost(e, top, entry.getValue(), topScore)) {
        posts++;
        first = precedes(e, first) ? e : first;
      }
    }
    return posts >= MIN_POSTS ? first : top;
  }

  /** A box like {@code top} elsewhere on the page (not beside it, where sibling merging already applies). */
  private static boolean isPost(Element e, Element top, ContentScorer.Stats s, double topScore) {
    return s.candidate && e.parent() != top.parent() && e.normalName().equals(top.normalName())
        && e.className().strip().equals(top.className().strip())
        && ContentScorer.finalScore(s) >= topScore * POST_SHARE && s.textLen >= MIN_POST_CHARS;
  }

  /** Whether {@code a} comes before {@code b} in document order; neither contains the other. */
  static boolean precedes(Element a, Element b) {
    List<Element> up = new ArrayList<>();
    for (Element e = a; e != null; e = e.parent()) {
      up.add(e);
    }
    Element childOfCommonB = b;
    for (Element e = b; e != null; e = e.parent()) {
      int at = up.indexOf(e);
      if (at > 0) {
        return up.get(at - 1).siblingIndex() < childOfCommonB.siblingIndex();
      }
      childOfCommonB = e;
    }
    return false;
  }
}
