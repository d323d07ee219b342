package dev.newsbrief.feeds;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.newsbrief.feeds.FeedException.Reason;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom with ROME from text we already decoded. ROME only ever sees a
 * {@link StringReader}: its URL readers would open their own connections past the fetch guard. DOCTYPEs
 * stay disallowed (ROME's default, set again here); a DOCTYPE without an internal subset, as old RSS 0.91
 * feeds carry, declares no entities and is dropped before parsing so those feeds still read.
 * Thread-safe: a new {@link SyndFeedInput} per call.
 */
final class RomeFeedReader {
  private static final Pattern XML_LANG = Pattern.compile("\\sxml:lang\\s*=\\s*[\"']([^\"']+)[\"']");
  private RomeFeedReader() {
  }

  static RawFeed read(String text, String feedUrl) throws FeedException {
    SyndFeed feed = build(withoutHarmlessDoctype(text), feedUrl);
    WireFeed wire = feed.originalWireFeed();
    String base = null;
    String siteLink = feed.getLink();
    String language = feed.getLanguage();
    Integer ttl = null;
    if (wire instanceof com.rometools.rome.feed.atom.Feed atom) {
      base = atom.getXmlBase();
      siteLink = alternate(atom.getAlternateLinks(), siteLink);
      // ROME drops the root's xml:lang, where Atom feeds declare their language
      language = language != null ? language : rootLanguage(text);
    } else if (wire instanceof Channel channel && channel.getTtl() > 0) {
      ttl = channel.getTtl();
    }
    // only RSS 1.0 items carry their identity in rdf:about; in RSS 2.0 ROME fills that field with the link
    boolean rdf = wire != null && wire.getFeedType() != null && wire.getFeedType().startsWith("rss_1.0");
    List<RawFeed.Entry> entries = new ArrayList<>(feed.getEntries().size());
    for (SyndEntry entry : feed.getEntries()) {
      entries.add(entry(entry, rdf));
    }
    return new RawFeed(feed.getTitle(), siteLink, base, language, ttl, entries);
  }

  private static SyndFeed build(String text, String feedUrl) throws FeedException {
    SyndFeedInput input = new SyndFeedInput(false, Locale.US);
    input.setAllowDoctypes(false);
    input.setPreserveWireFeed(true);
    try {
      return input.build(new StringReader(text));
    } catch (ParsingFeedException e) {
      if (mentionsDoctype(e)) {
        throw new FeedException(Reason.NOT_A_FEED, feedUrl,
            "not a feed: it declares a DOCTYPE with its own entities, which is refused for safety", e);
      }
      String where = e.getLineNumber() > 0 ? " (line " + e.getLineNumber() + ")" : "";
      throw new FeedException(Reason.NOT_A_FEED, feedUrl, "not a feed: the XML is malformed" + where, e);
    } catch (com.rometools.rome.io.FeedException e) {
      throw new FeedException(Reason.NOT_A_FEED, feedUrl, "not a feed: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      // ROME's answer for well-formed XML that none of its parsers claims
      throw new FeedException(Reason.NOT_A_FEED, feedUrl, "not a feed: XML, but neither RSS nor Atom", e);
    }
  }

  private static RawFeed.Entry entry(SyndEntry entry, boolean rdf) {
    Object wire = entry.getWireEntry();
    String guid = null;
    String base = null;
    String link = entry.getLink();
    if (wire instanceof Item item) {
      guid = item.getGuid() != null ? item.getGuid().getValue() : rdf ? item.getUri() : null;
    } else if (wire instanceof com.rometools.rome.feed.atom.Entry atom) {
      guid = atom.getId();
      base = atom.getXmlBase();
      // the href as written: we resolve it ourselves against xml:base and the feed URL
      link = alternate(atom.getAlternateLinks(), link);
    }
    return new RawFeed.Entry(blankToNull(guid), entry.getTitle(), blankToNull(link), base, html(entry),
        instant(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
        author(entry));
  }

  private static String html(SyndEntry entry) {
    SyndContent description = entry.getDescription();
    if (description != null && description.getValue() != null && !description.getValue().isBlank()) {
      return description.getValue();
    }
    for (SyndContent content : entry.getContents()) {
      if (content.getValue() != null && !content.getValue().isBlank()) {
        return content.getValue();
      }
    }
    return null;
  }

  private static String author(SyndEntry entry) {
    String author = blankToNull(entry.getAuthor());
    if (author != null) {
      return author.strip();
    }
    for (SyndPerson person : entry.getAuthors()) {
      if (person.getName() != null && !person.getName().isBlank()) {
        return person.getName().strip();
      }
    }
    return null;
  }

  private static String alternate(List<Link> links, String fallback) {
    for (Link link : links) {
      if (link.getHref() != null && (link.getRel() == null || "alternate".equals(link.getRel()))) {
        return link.getHref();
      }
    }
    return fallback;
  }

  /** Drops a leading DOCTYPE that has no internal subset (no {@code [}), so it cannot declare entities. */
  static String withoutHarmlessDoctype(String text) {
    int at = FeedSniffer.firstElement(text);
    if (!text.regionMatches(true, at, "<!doctype", 0, 9)) {
      return text;
    }
    int end = text.indexOf('>', at);
    if (end < 0 || text.substring(at, end).indexOf('[') >= 0) {
      return text;
    }
    return text.substring(0, at) + text.substring(end + 1);
  }

  /** The {@code xml:lang} on the root element's start tag, or null. */
  static String rootLanguage(String text) {
    int at = FeedSniffer.firstElement(text);
    int end = text.indexOf('>', at);
    Matcher lang = XML_LANG.matcher(text.substring(at, end < 0 ? text.length() : end));
    return lang.find() ? lang.group(1) : null;
  }

  private static boolean mentionsDoctype(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("DOCTYPE")) {
        return true;
      }
    }
    return false;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
