package dev.newsbrief.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article from a page's HTML: headline, main text, metadata and the article's own sources.
 * Pure (no I/O, no clock) and thread-safe; one instance can serve every caller.
 */
public final class ArticleExtractor {
  /** Below this many characters the strict pass probably cut the article, so the lenient pass gets a say. */
  private static final int SHORT_TEXT = 250;
  /** Templates often keep lang="en" on pages in other languages; this much text outvotes the markup. */
  private static final int LONG_ENOUGH_TO_JUDGE = 400;
  private static final Set<String> LATIN_LANGUAGES = Set.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da",
      "no", "nb", "fi", "pl", "cs", "tr", "id", "ms", "vi", "ro", "hu");

  /** Creates an extractor; it holds no state. */
  public ArticleExtractor() {
  }

  /**
   * Extracts the article from {@code html}.
   *
   * @param html    the page; null or blank gives an article without paragraphs
   * @param baseUrl the page's address, used to resolve relative links; may be null
   * @return the article; its paragraphs are empty when the page holds no readable text
   */
  public Article extract(String html, String baseUrl) {
    if (html == null || html.isBlank()) {
      return empty(baseUrl);
    }
    Document doc = Jsoup.parse(TagBudget.cut(html), baseUrl == null ? "" : baseUrl);
    return extract(doc, MetadataReader.read(doc), baseUrl);
  }

  /**
   * Extracts the article from {@code html} and says whether the page showed all of it. A login wall, a
   * paywall, a JavaScript-only application or an error page gives {@code complete == false} with a reason;
   * the article then holds what the page shows, or the page's own description where that says more.
   *
   * @param html    the page; null or blank gives an incomplete, empty article
   * @param baseUrl the page's address, used to resolve relative links; may be null
   * @return the article with the verdict; never null
   */
  public Extraction read(String html, String baseUrl) {
    if (html == null || html.isBlank()) {
      return AccessCheck.judge(empty(baseUrl), new AccessCheck.Signals(false, false, false, false), null);
    }
    Document doc = Jsoup.parse(TagBudget.cut(html), baseUrl == null ? "" : baseUrl);
    PageMetadata meta = MetadataReader.read(doc);
    // Before extraction: cleaning removes the forms and notices that tell a wall from an article.
    AccessCheck.Signals signals = AccessCheck.scan(doc);
    return AccessCheck.judge(extract(doc, meta, baseUrl), signals, meta.description());
  }

  private static Article empty(String baseUrl) {
    return new Article(baseUrl, null, null, null, null, null, null, List.of(), List.of(), null);
  }

  private Article extract(Document doc, PageMetadata meta, String baseUrl) {
    String title = TitleFinder.find(doc, meta, meta.siteName());
    String headlineDate = meta.published() == null ? HeadlineDate.find(doc, title) : null;
    Breadcrumb trail = Breadcrumb.of(doc); // before cleaning, which drops the trail with the other navigation
    PageCleaner.clean(doc);
    List<Element> chosen = new ArrayList<>(1);
    List<Block> blocks = mainBlocks(doc, meta, chosen);
    if (!chosen.isEmpty()) {
      title = headlineNearText(title, chosen.get(0), trail, meta.siteName(), hostName(baseUrl));
    }
    SourcesParser.Split split = SourcesParser.split(blocks);
    BoilerplateFilter.Filtered filtered = BoilerplateFilter.filter(split.text(), title, meta.byline());
    List<Block> kept = CompanyBio.withoutTrailingBio(filtered.blocks(), meta.siteName(),
        hostName(MetadataReader.first(meta.canonicalUrl(), baseUrl)));
    List<String> paragraphs = new ArrayList<>(kept.size());
    kept.forEach(b -> paragraphs.add(b.text()));
    String text = String.join("\n", paragraphs);
    String published = meta.published() != null ? meta.published()
        : headlineDate != null ? headlineDate : firstDate(split.text());
    String siteName = MetadataReader.first(meta.siteName(), filtered.attribution(),
        hostName(meta.canonicalUrl()), hostName(baseUrl));
    return new Article(baseUrl, meta.canonicalUrl(), title, siteName, meta.byline(), published,
        language(meta.language(), text.isEmpty() ? title : text), paragraphs, split.sources(), meta.imageUrl());
  }

  /**
   * The headline shown with the text when the title says less: blogs and forums title every page with the
   * blog's, board's or section's name and put the post's own headline just above its text (often linked to
   * the post itself); failing that, a trail's last unlinked part names the page, or its last link when the
   * trail ends in a word for "the text" ("… > 春天里的小城故事 > 正文") and the title is no headline ("1").
   */
  private static String headlineNearText(String title, Element first, Breadcrumb trail, String siteName,
      String host) {
    HeadingMatcher.Window window = HeadingMatcher.Window.around(first);
    String self = HeadingMatcher.selfLinked(window);
    if (self != null && (title == null || !title.toLowerCase(Locale.ROOT).contains(self.toLowerCase(Locale.ROOT)))) {
      return self;
    }
    if (!TitleFinder.weak(title, siteName, host) && !trail.namesSection(title)) {
      return title;
    }
    String near = HeadingMatcher.before(window);
    String work = trail.lastSectionBeforeGenericEnd();
    if (work != null && TitleFinder.weak(work, siteName, host)) {
      work = null;
    }
    if (near != null && (work == null || !TitleFinder.weak(near, siteName, host))) {
      return near;
    }
    if (work != null) {
      return work;
    }
    return trail.current() != null && !TitleFinder.weak(trail.current(), siteName, host) ? trail.current() : title;
  }

  /** The article's text blocks; adds the first element they came from to {@code chosen}. */
  private static List<Block> mainBlocks(Document doc, PageMetadata meta, List<Element> chosen) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    ContentScorer.Result result = ContentScorer.select(body, true);
    List<Block> blocks = BlockCollector.collect(result);
    if (length(blocks) < SHORT_TEXT) {
      ContentScorer.Result lenientResult = ContentScorer.select(body, false);
      List<Block> lenient = BlockCollector.collect(lenientResult);
      if (length(lenient) > length(blocks)) {
        blocks = lenient;
        result = lenientResult;
      }
    }
    if (!result.elements().isEmpty() && result.elements().get(0) != body) {
      chosen.add(result.elements().get(0));
    }
    String declared = meta.articleBody();
    // The publisher's own copy of the text wins when the page shows much less of it (paywalls, lazy loading).
    if (declared != null && declared.length() > 300 && length(blocks) * 2 < declared.length()) {
      return PlainText.blocks(declared);
    }
    return blocks;
  }

  private static String firstDate(List<Block> blocks) {
    for (int i = 0; i < Math.min(4, blocks.size()); i++) {
      if (blocks.get(i).text().length() <= 120) {
        String date = DateNormalizer.find(blocks.get(i).text());
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /** The site as its address names it ("www.example.com" gives "example.com"), or null. */
  private static String hostName(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = java.net.URI.create(url.strip()).getHost();
      return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException notAUrl) {
      return null;
    }
  }

  private static int length(List<Block> blocks) {
    int n = 0;
    for (Block b : blocks) {
      n += b.text().length();
    }
    return n;
  }

  /** The declared language, unless the text is plainly in another script (lang=en on a page of Han characters). */
  private static String language(String declared, String text) {
    String detected = text == null ? null : LanguageDetector.detect(text);
    if (declared == null) {
      return detected;
    }
    if (detected != null && LATIN_LANGUAGES.contains(declared) != LATIN_LANGUAGES.contains(detected)) {
      return detected;
    }
    if (detected != null && !detected.equals(declared)
        && (!LATIN_LANGUAGES.contains(detected)
            || text.length() >= LONG_ENOUGH_TO_JUDGE && LanguageDetector.knowsWordsOf(declared))) {
      return detected;
    }
    return declared;
  }

  /**
   * An article from plain text: paragraphs are blank-line separated blocks, or lines when the text has no
   * blank lines.
   *
   * @param text  the text; null gives an article without paragraphs
   * @param title the headline, or null
   * @param url   where the text came from, or null
   */
  public Article fromText(String text, String title, String url) {
    List<String> paragraphs = new ArrayList<>();
    for (Block b : PlainText.blocks(text == null ? "" : text)) {
      paragraphs.add(b.text());
    }
    return new Article(url, null, title, null, null, null, LanguageDetector.detect(String.join("\n", paragraphs)),
        paragraphs, List.of(), null);
  }
}
