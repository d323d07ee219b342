package dev.newsbrief.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Turns the chosen content elements into text blocks, leaving out nested furniture such as link lists. */
final class BlockCollector implements NodeFilter {
  private static final Pattern DOUBLE_ESCAPED = Pattern.compile(
      "&(?:#\\d{2,7}|#[xX][0-9a-fA-F]{2,6}|quot|amp|apos|lt|gt|nbsp|mdash|ndash|hellip|[lr]squo|[lr]dquo);");
  private static final Set<String> CONDITIONAL = Set.of("div", "section", "ul", "ol", "table", "dl", "form",
      "header", "center", "tbody", "article");

  private final ContentScorer.Result scored;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Block.Kind> kinds = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private Element root;
  private int linkChars;
  private int linkDepth;
  private final List<Element> links = new ArrayList<>();

  private BlockCollector(ContentScorer.Result scored) {
    this.scored = scored;
  }

  static List<Block> collect(ContentScorer.Result scored) {
    BlockCollector collector = new BlockCollector(scored);
    for (Element e : scored.elements()) {
      collector.root = e;
      collector.kinds.clear();
      collector.kinds.add(Block.Kind.PARAGRAPH);
      NodeTraversor.filter(collector, e);
      collector.flush();
    }
    return collector.blocks;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(t.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    if (e != root && skip(e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String tag = e.normalName();
    if (tag.equals("br") || tag.equals("hr")) {
      flush();
    } else if (tag.equals("a")) {
      linkDepth++;
      if (e.hasAttr("href")) {
        // Resolving an address is slow (URL parsing); only the blocks of a source list need one.
        links.add(e);
      }
    } else if (tag.equals("td") || tag.equals("th")) {
      // A table row reads as one line; layout cells holding paragraphs still split at those paragraphs.
      text.append(' ');
    } else if (!ContentScorer.INLINE.contains(tag)) {
      flush();
      Block.Kind own = kindOf(tag);
      Block.Kind outer = kinds.get(kinds.size() - 1);
      kinds.add(own == Block.Kind.PARAGRAPH && outer != Block.Kind.CELL ? outer : own);
    } else if (tag.equals("img")) {
      text.append(' ');
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (tag.equals("a")) {
        linkDepth--;
      } else if (tag.equals("td") || tag.equals("th")) {
        text.append(' ');
      } else if (!ContentScorer.INLINE.contains(tag) && !tag.equals("br") && !tag.equals("hr")) {
        flush();
        if (kinds.size() > 1) {
          kinds.remove(kinds.size() - 1);
        }
      }
    }
    return FilterResult.CONTINUE;
  }

  private boolean skip(Element e) {
    if (e.normalName().equals("figure") || ClassHints.captionOrUnlikely(e, scored.strict())) {
      return true;
    }
    if (!CONDITIONAL.contains(e.normalName())) {
      return false;
    }
    ContentScorer.Stats s = scored.stats().get(e);
    if (s == null) {
      return false;
    }
    int weight = ClassHints.weight(e);
    // A list starts below zero by its tag; a few plain items ("Bugs fixed") are still the story's, so a
    // negative score drops only a box named like furniture or one that is partly links.
    if (weight + (s.candidate ? s.score : 0) < 0 && (weight < 0 || s.linkDensity() > 0.2)) {
      return true;
    }
    if (s.commas >= 10) {
      return false;
    }
    double density = s.linkDensity();
    // Long link-rich lists (a digest of linked summaries) may still be the story; short ones are navigation.
    double limit = weight >= 25 || s.textLen > 600 ? 0.5 : 0.33;
    return density > limit && !listOfSources(e);
  }

  /** A list of links right after a "Sources" heading is the article's references, not a link farm. */
  private static boolean listOfSources(Element e) {
    Element previous = e.previousElementSibling();
    return previous != null && SourcesParser.isHeading(previous.text());
  }

  /**
   * Text of a page that escaped its entities twice ({@code &amp;#034;} shows as "&#034;"): a well-formed
   * character reference left in the text is read as the character it names.
   */
  static String unescapeTwice(String text) {
    if (text.indexOf('&') < 0 || !DOUBLE_ESCAPED.matcher(text).find()) {
      return text;
    }
    return Parser.unescapeEntities(text, false);
  }

  private static Block.Kind kindOf(String tag) {
    return switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
      case "li", "dd", "dt" -> Block.Kind.LIST_ITEM;
      case "blockquote" -> Block.Kind.QUOTE;
      case "pre" -> Block.Kind.PRE;
      case "tr" -> Block.Kind.CELL;
      default -> Block.Kind.PARAGRAPH;
    };
  }

  private void append(String raw) {
    text.append(raw);
    if (linkDepth > 0) {
      for (int i = 0; i < raw.length(); i++) {
        if (!Whitespace.isSpace(raw.charAt(i))) {
          linkChars++;
        }
      }
    }
  }

  private void flush() {
    String normalized = unescapeTwice(Whitespace.normalize(text));
    if (!normalized.isEmpty()) {
      blocks.add(new Block(normalized, kinds.get(kinds.size() - 1), linkChars, List.copyOf(links)));
    }
    text.setLength(0);
    linkChars = 0;
    links.clear();
  }
}
