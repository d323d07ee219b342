package dev.newsbrief.feeds;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recent stories in memory, to find the one a new item belongs to: by canonical URL, else by the most
 * similar fingerprint at or above {@link Shingles#SAME_STORY}, found through an inverted index from title
 * shingle to stories so an item is compared only with stories whose title shares a shingle with its own (two
 * reports with the same lead under wholly different headlines stay apart: the price of a bounded search). Not thread-safe: the poller uses
 * it under its ingest lock.
 */
final class StoryIndex {
  /** A title shingle shared by more stories than this is too common to find candidates with. */
  private static final int MAX_POSTINGS = 50;

  private record Entry(long id, String canonicalUrl, Shingles shingles, Instant createdAt) {
  }

  private final Map<String, Entry> byUrl = new HashMap<>();
  private final Map<Integer, List<Entry>> byShingle = new HashMap<>();
  private final Deque<Entry> byAge = new ArrayDeque<>();

  void add(long id, String canonicalUrl, Shingles shingles, Instant createdAt) {
    Entry e = new Entry(id, canonicalUrl, shingles, createdAt);
    if (canonicalUrl != null) {
      byUrl.putIfAbsent(canonicalUrl, e);
    }
    for (int h : shingles.title()) {
      byShingle.computeIfAbsent(h, k -> new ArrayList<>()).add(e);
    }
    byAge.addLast(e);
  }

  /** The story an item joins, or null for a new story. */
  Long find(String canonicalUrl, Shingles shingles) {
    if (canonicalUrl != null) {
      Entry e = byUrl.get(canonicalUrl);
      if (e != null) {
        return e.id;
      }
    }
    // candidates share a title shingle: few per title, and a title shingle that many recent stories share
    // (a stock phrase, a common CJK pair) tells nothing, so it finds none; each candidate is then scored in full
    Set<Entry> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int h : shingles.title()) {
      List<Entry> postings = byShingle.get(h);
      if (postings != null && postings.size() <= MAX_POSTINGS) {
        candidates.addAll(postings);
      }
    }
    Entry best = null;
    double bestScore = 0;
    for (Entry e : candidates) {
      double score = Shingles.similarity(shingles, e.shingles);
      if (score >= Shingles.SAME_STORY && (score > bestScore || score == bestScore && e.id > best.id)) {
        best = e;
        bestScore = score;
      }
    }
    return best == null ? null : best.id;
  }

  /** Forgets stories created before {@code cutoff}; they were added in time order. */
  void evict(Instant cutoff) {
    while (!byAge.isEmpty() && byAge.peekFirst().createdAt.isBefore(cutoff)) {
      Entry e = byAge.removeFirst();
      if (e.canonicalUrl != null) {
        byUrl.remove(e.canonicalUrl, e);
      }
      for (int h : e.shingles.title()) {
        List<Entry> postings = byShingle.get(h);
        if (postings != null) {
          postings.remove(e);
          if (postings.isEmpty()) {
            byShingle.remove(h);
          }
        }
      }
    }
  }

  int size() {
    return byAge.size();
  }
}
