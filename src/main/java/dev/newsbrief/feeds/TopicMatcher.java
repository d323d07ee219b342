package dev.newsbrief.feeds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the subscriptions an item matches, among many, without trying every topic on every item.
 *
 * <p>Design. Each topic is a set of OR-alternatives (clauses); each clause needs all its required terms. An
 * item can only match a clause if it contains every required term, so every token of every required term, so in
 * particular one chosen <em>key</em> of the clause. The index maps each key to the clauses filed under it. The
 * key of a clause is the most selective key among its required terms: a CJK term's first character bigram (a
 * CJK term matches as a substring, so its bigrams are in any item that contains it), else the term's longest
 * word stem, common words ("the", "new") last, a lone CJK character least.
 *
 * <p>Every token and key the topics use is numbered once ({@link Vocabulary}). Per item: fold and tokenize the
 * title and body once into token ids ({@link ItemIds}: stemmed words, CJK characters, and the distinct keys,
 * which add every known pair of adjacent CJK characters), with per-thread buffers and no per-token strings for
 * words met before; look up each distinct key's candidate groups in an array; verify only those in full (all
 * required terms, phrases as consecutive ids, no excluded term) by int comparisons; a subscription matches when
 * one of its clauses does. The cost per item is its token count plus the candidates' checks, independent of how
 * many topics never share a key with it. Clauses
 * with the same canonical form (many chats follow "bitcoin") form one group, checked once per item; a matching
 * group yields all its members. The randomized test in {@code TopicMatcherTest} holds the index to the same
 * answers as a loop over all topics.
 *
 * <p>Immutable and thread-safe: build a new matcher when subscriptions change.
 */
public final class TopicMatcher {
  private final List<Subscription> subscriptions;
  /** Every clause of every subscription, and the index in {@link #subscriptions} of its owner. */
  private final Clause[] clauses;
  private final int[] owners;
  /** The answer for each clause, made once: matches are values that never change. */
  private final TopicMatch[] answers;
  /** Clauses that read the same (same canonical form) are checked once per item: many chats share topics. */
  private final Clause[] groups;
  /** The clause ids of each group. */
  private final int[][] members;
  /** Every token and key the groups use, numbered. */
  private final Vocabulary vocabulary = new Vocabulary();
  /** Per group: each required and each excluded term as token ids; whether finding its key is the match. */
  private final int[][][] required;
  private final int[][][] excluded;
  private final boolean[] keyIsMatch;
  /** Key id to the groups filed under it (null for ids that are no key). */
  private final int[][] postings;

  private TopicMatcher(List<Subscription> subscriptions) {
    this.subscriptions = List.copyOf(subscriptions);
    List<Clause> all = new ArrayList<>();
    List<Integer> ownerList = new ArrayList<>();
    for (int s = 0; s < this.subscriptions.size(); s++) {
      for (Clause clause : this.subscriptions.get(s).query().clauses()) {
        all.add(clause);
        ownerList.add(s);
      }
    }
    this.clauses = all.toArray(new Clause[0]);
    this.owners = ownerList.stream().mapToInt(Integer::intValue).toArray();
    this.answers = new TopicMatch[clauses.length];
    for (int id = 0; id < clauses.length; id++) {
      answers[id] = new TopicMatch(this.subscriptions.get(owners[id]), clauses[id].display());
    }
    Map<String, List<Integer>> byCanonical = new LinkedHashMap<>();
    for (int id = 0; id < clauses.length; id++) {
      byCanonical.computeIfAbsent(clauses[id].canonical(), k -> new ArrayList<>()).add(id);
    }
    this.groups = new Clause[byCanonical.size()];
    this.members = new int[byCanonical.size()][];
    int g = 0;
    for (List<Integer> ids : byCanonical.values()) {
      groups[g] = clauses[ids.get(0)];
      members[g++] = ids.stream().mapToInt(Integer::intValue).toArray();
    }
    this.required = new int[groups.length][][];
    this.excluded = new int[groups.length][][];
    this.keyIsMatch = new boolean[groups.length];
    int[] keyIds = new int[groups.length];
    for (g = 0; g < groups.length; g++) {
      keyIds[g] = vocabulary.addKey(groups[g].indexKey());
      required[g] = ids(groups[g].required());
      excluded[g] = ids(groups[g].excluded());
      keyIsMatch[g] = groups[g].keyIsMatch();
    }
    this.postings = buildPostings(keyIds, vocabulary.size());
  }

  /**
   * A matcher over these subscriptions; matches come back in this order.
   *
   * @throws NullPointerException when a subscription is null
   */
  public static TopicMatcher of(Collection<Subscription> subscriptions) {
    return new TopicMatcher(new ArrayList<>(subscriptions));
  }

  /**
   * The subscriptions an item matches, each once, in the order given to {@link #of}.
   *
   * @param title the item's title, or null
   * @param body  its description, and its article text once fetched, or null
   */
  public List<TopicMatch> match(String title, String body) {
    Scratch scratch = SCRATCH.get();
    ItemIds item = scratch.item;
    item.read(title, body, vocabulary);
    // clause ids that matched; a broad word followed by many chats gives hundreds, so the buffer is reused
    int[] hits = scratch.hits;
    int count = 0;
    for (int k = 0; k < item.keyCount(); k++) {
      int[] candidates = postings[item.key(k)];
      if (candidates == null) {
        continue;
      }
      for (int group : candidates) {
        if (keyIsMatch[group] || matches(group, item)) {
          int[] ids = members[group];
          if (count + ids.length > hits.length) {
            hits = Arrays.copyOf(hits, Math.max(hits.length * 2, count + ids.length));
            scratch.hits = hits;
          }
          System.arraycopy(ids, 0, hits, count, ids.length);
          count += ids.length;
        }
      }
    }
    return count == 0 ? List.of() : matches(hits, count, scratch);
  }

  /** Per-thread buffers for {@link #match}: allocating them per item cost more than the matching. */
  private static final class Scratch {
    final ItemIds item = new ItemIds();
    int[] hits = new int[256];
    long[] bits = new long[64];
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** How many subscriptions this matcher holds. */
  public int size() {
    return subscriptions.size();
  }

  /** One match per subscription, in subscription order; for several matching clauses, the first one's terms. */
  private List<TopicMatch> matches(int[] hits, int count, Scratch scratch) {
    // clause ids grow with the owner's position, so sorting them orders by subscription, then clause
    sort(hits, count, scratch);
    List<TopicMatch> result = new ArrayList<>(count);
    int lastOwner = -1;
    for (int i = 0; i < count; i++) {
      int owner = owners[hits[i]];
      if (owner != lastOwner) {
        result.add(answers[hits[i]]);
        lastOwner = owner;
      }
    }
    return result;
  }

  /**
   * Sorts the first {@code count} clause ids. Many hits (a broad word followed by many chats) are sorted
   * through a bit set over all clause ids when that is smaller than a few words per hit.
   */
  private void sort(int[] hits, int count, Scratch scratch) {
    int words = (clauses.length + 63) >>> 6;
    if (words > count * 4) {
      Arrays.sort(hits, 0, count);
      return;
    }
    if (scratch.bits.length < words) {
      scratch.bits = new long[words];
    }
    // the scan below leaves every word it reads at zero, ready for the next item
    long[] bits = scratch.bits;
    for (int i = 0; i < count; i++) {
      bits[hits[i] >>> 6] |= 1L << hits[i];
    }
    int k = 0;
    for (int w = 0; w < words; w++) {
      for (long word = bits[w]; word != 0; word &= word - 1) {
        hits[k++] = (w << 6) + Long.numberOfTrailingZeros(word);
      }
      bits[w] = 0;
    }
  }

  /** Whether group {@code g} matches an item known to contain its key. */
  private boolean matches(int g, ItemIds item) {
    for (int[] term : required[g]) {
      if (!item.contains(term)) {
        return false;
      }
    }
    for (int[] term : excluded[g]) {
      if (item.contains(term)) {
        return false;
      }
    }
    return true;
  }

  private int[][] ids(List<Term> terms) {
    int[][] out = new int[terms.size()][];
    for (int t = 0; t < out.length; t++) {
      List<String> tokens = terms.get(t).tokens();
      out[t] = new int[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        out[t][i] = vocabulary.add(tokens.get(i));
      }
    }
    return out;
  }

  private static int[][] buildPostings(int[] keyIds, int size) {
    int[] counts = new int[size];
    for (int key : keyIds) {
      counts[key]++;
    }
    int[][] postings = new int[size][];
    for (int g = 0; g < keyIds.length; g++) {
      int key = keyIds[g];
      if (postings[key] == null) {
        postings[key] = new int[counts[key]];
        counts[key] = 0;
      }
      postings[key][counts[key]++] = g;
    }
    return postings;
  }

}
