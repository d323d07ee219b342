package dev.newsbrief.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads what a page declares about itself: meta tags, JSON-LD, canonical link, html lang. */
final class MetadataReader {
  private MetadataReader() {
  }

  static PageMetadata read(Document doc) {
    Map<String, String> meta = metaTags(doc);
    JsonLdReader.Facts ld = JsonLdReader.read(doc);
    String title = first(meta.get("og:title"), meta.get("twitter:title"), ld.headline());
    String siteName = first(meta.get("og:site_name"), ld.publisher(), meta.get("application-name"));
    String byline = first(meta.get("author"), meta.get("article:author"), ld.author(), meta.get("dc.creator"));
    if (byline != null && byline.startsWith("http")) {
      byline = ld.author();
    }
    if (byline == null) {
      byline = bylineElement(doc);
    }
    String published = publishedDate(doc, meta, ld);
    String language = first(primaryTag(doc.getElementsByTag("html").attr("lang")), primaryTag(meta.get("og:locale")),
        primaryTag(meta.get("content-language")), primaryTag(meta.get("language")));
    String canonical = first(absolute(doc.selectFirst("link[rel=canonical][href]")),
        absoluteUrl(doc, meta.get("og:url")));
    String image = absoluteUrl(doc, first(meta.get("og:image"), meta.get("twitter:image"), ld.image()));
    String description = first(meta.get("og:description"), meta.get("description"),
        meta.get("twitter:description"));
    return new PageMetadata(title, siteName, byline, published, language, canonical, image, ld.body(),
        description == null ? null : Whitespace.normalize(description));
  }

  private static Map<String, String> metaTags(Document doc) {
    Map<String, String> meta = new HashMap<>();
    // By tag rather than by a CSS query: the same elements, without parsing the query on every page.
    for (Element m : doc.getElementsByTag("meta")) {
      if (!m.hasAttr("content")) {
        continue;
      }
      String key = first(m.attr("property"), m.attr("name"), m.attr("itemprop"), m.attr("http-equiv"));
      String content = m.attr("content").strip();
      if (key != null && !content.isEmpty()) {
        meta.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
      }
    }
    return meta;
  }

  private static String publishedDate(Document doc, Map<String, String> meta, JsonLdReader.Facts ld) {
    String[] declared = {meta.get("article:published_time"), ld.published(), meta.get("datepublished"),
        meta.get("og:published_time"), meta.get("pubdate"), meta.get("publishdate"), meta.get("date"),
        meta.get("dc.date"), meta.get("dc.date.issued"), meta.get("sailthru.date")};
    for (String raw : declared) {
      String iso = DateNormalizer.normalize(raw);
      if (iso != null) {
        return iso;
      }
    }
    Element time = doc.selectFirst("[itemprop=datePublished][datetime], time[datetime], [itemprop=datePublished]");
    if (time == null) {
      return null;
    }
    return DateNormalizer.normalize(time.hasAttr("datetime") ? time.attr("datetime") : time.text());
  }

  private static String bylineElement(Document doc) {
    Element el = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline, "
        + ".author-name, .article-author");
    if (el == null) {
      return null;
    }
    String text = Whitespace.normalize(el.text()).replaceFirst("(?i)^by\\s+", "");
    return text.isEmpty() || text.length() > 100 ? null : text;
  }

  /** The primary language subtag of a BCP-47 tag or POSIX locale ({@code zh-CN}, {@code en_US}), or null. */
  static String primaryTag(String raw) {
    if (raw == null) {
      return null;
    }
    String tag = raw.strip().toLowerCase(Locale.ROOT).split("[-_,;\\s]", 2)[0];
    return tag.matches("[a-z]{2,3}") ? tag : null;
  }

  private static String absolute(Element link) {
    if (link == null) {
      return null;
    }
    String abs = link.absUrl("href");
    return emptyToNull(abs.isEmpty() ? link.attr("href") : abs);
  }

  private static String absoluteUrl(Document doc, String url) {
    if (url == null) {
      return null;
    }
    if (url.startsWith("//")) {
      return "https:" + url;
    }
    String base = doc.location();
    if (url.startsWith("http") || base == null || base.isEmpty()) {
      return url;
    }
    try {
      return java.net.URI.create(base).resolve(url).toString();
    } catch (IllegalArgumentException bad) {
      return url;
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
