package dev.newsbrief.feeds;

import java.util.Arrays;

/**
 * An item read as token ids of one {@link Vocabulary}: the ids in order, the distinct keys present (tokens and
 * CJK bigrams), and membership by stamp (an array indexed by id holding the serial of the last item that had it,
 * so nothing is cleared between items). One per thread, reused for every item: allocating per item (token
 * strings, a key set) was most of the matcher's time. Words already met map to their id through a memo keyed by
 * the unstemmed characters, so a known word costs one hash over its characters and no string.
 */
final class ItemIds implements TopicText.SpanSink {
  private static final int MEMO_SIZE = 1 << 15;

  private int[] ids = new int[256];
  private boolean[] cjkAt = new boolean[256];
  private int length;
  private int[] keys = new int[512];
  private int keyCount;
  private int[] stamp = new int[0];
  private int serial;
  private Vocabulary vocabulary;
  private String folded;
  private final String[] memoWords = new String[MEMO_SIZE];
  private final int[] memoIds = new int[MEMO_SIZE];
  private int memoCount;

  /** Reads an item (title and body, either may be null) against {@code vocabulary}. */
  void read(String title, String body, Vocabulary vocabulary) {
    if (this.vocabulary != vocabulary) {
      this.vocabulary = vocabulary;
      clearMemo();
    }
    if (stamp.length < vocabulary.size()) {
      stamp = new int[Math.max(vocabulary.size(), stamp.length * 2)];
      serial = 0;
    }
    if (++serial == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      serial = 1;
    }
    length = 0;
    keyCount = 0;
    if (title != null) {
      folded = TopicText.fold(title);
      TopicText.spans(folded, this);
    }
    append(Vocabulary.BREAK, false);
    if (body != null) {
      folded = TopicText.fold(body);
      TopicText.spans(folded, this);
    }
    folded = null;
  }

  @Override
  public void span(int start, int end, boolean cjk) {
    int id = id(start, end, cjk);
    append(id, cjk);
    mark(id);
    if (cjk && length >= 2 && cjkAt[length - 2] && id >= 0 && ids[length - 2] >= 0) {
      mark(vocabulary.bigram(ids[length - 2], id));
    }
  }

  private void append(int id, boolean cjk) {
    if (length == ids.length) {
      ids = Arrays.copyOf(ids, length * 2);
      cjkAt = Arrays.copyOf(cjkAt, length * 2);
    }
    ids[length] = id;
    cjkAt[length++] = cjk;
  }

  private void mark(int id) {
    if (id >= 0 && stamp[id] != serial) {
      stamp[id] = serial;
      if (keyCount == keys.length) {
        keys = Arrays.copyOf(keys, keyCount * 2);
      }
      keys[keyCount++] = id;
    }
  }

  /** The id of the token at {@code folded[start, end)}: stemmed when a word, looked up in the vocabulary. */
  private int id(int start, int end, boolean cjk) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + folded.charAt(i);
    }
    int mask = MEMO_SIZE - 1;
    int slot = (h ^ (h >>> 16)) & mask;
    int len = end - start;
    for (String w = memoWords[slot]; w != null; w = memoWords[slot]) {
      if (w.length() == len && w.regionMatches(0, folded, start, len)) {
        return memoIds[slot];
      }
      slot = (slot + 1) & mask;
    }
    String raw = folded.substring(start, end);
    int id = vocabulary.lookup(cjk ? raw : Stemmer.stem(raw));
    if (memoCount >= MEMO_SIZE / 2) {
      return id; // full: new words are looked up each time rather than evicting the common ones
    }
    memoWords[slot] = raw;
    memoIds[slot] = id;
    memoCount++;
    return id;
  }

  private void clearMemo() {
    Arrays.fill(memoWords, null);
    memoCount = 0;
  }

  int keyCount() {
    return keyCount;
  }

  int key(int i) {
    return keys[i];
  }

  /** Whether the term's token ids stand here consecutively. */
  boolean contains(int[] term) {
    for (int id : term) {
      if (stamp[id] != serial) {
        return false;
      }
    }
    if (term.length == 1) {
      return true;
    }
    int first = term[0];
    for (int i = 0; i + term.length <= length; i++) {
      if (ids[i] == first && followsAt(term, i)) {
        return true;
      }
    }
    return false;
  }

  private boolean followsAt(int[] term, int start) {
    for (int k = 1; k < term.length; k++) {
      if (ids[start + k] != term[k]) {
        return false;
      }
    }
    return true;
  }
}
