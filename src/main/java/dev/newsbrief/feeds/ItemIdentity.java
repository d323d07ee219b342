package dev.newsbrief.feeds;

import dev.newsbrief.digest.UrlCanonicalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Gives items their identity within one feed: the guid when the feed uses it for this item alone, else
 * the canonical link, else a hash of title and text. Never the date: feeds rewrite dates. Stateless.
 */
final class ItemIdentity {
  static final String HASH_PREFIX = "sha256:";

  private ItemIdentity() {
  }

  /** How often each guid occurs in the feed; a guid seen twice identifies neither item. */
  static Map<String, Integer> guidCounts(Iterable<RawFeed.Entry> entries) {
    Map<String, Integer> counts = new HashMap<>();
    for (RawFeed.Entry entry : entries) {
      if (entry.guid() != null) {
        counts.merge(entry.guid(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * The id of one item.
   *
   * @param guid      the feed's guid, or null
   * @param uniqueGuid whether no other item of the feed carries the same guid
   * @param link      the absolute link, or null
   */
  static String of(String guid, boolean uniqueGuid, String link, String title, String text) {
    if (guid != null && uniqueGuid) {
      return guid;
    }
    if (link != null) {
      return UrlCanonicalizer.canonicalize(link);
    }
    return hash(title, text);
  }

  /** A stable hash of what the reader sees: the same title and text give the same id on every poll. */
  static String hash(String title, String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(title.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(text.getBytes(StandardCharsets.UTF_8));
      return HASH_PREFIX + HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
