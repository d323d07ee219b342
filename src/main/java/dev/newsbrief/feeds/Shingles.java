package dev.newsbrief.feeds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Near-duplicate fingerprints of an item's title and lead: hashed word bigrams of space-delimited text (function
 * words dropped) and character bigrams of CJK runs (which have no spaces to split on), over the same folded,
 * stemmed tokens the topic matcher uses. Word 3-grams were tried first: a dropped "the" or an inserted "in US"
 * broke so many of a short headline's 3-grams that wire copies of one story scored 0.24. Two items are the same
 * story when the Jaccard similarity of their titles, or of title and lead together, reaches {@link #SAME_STORY};
 * {@code ShinglesTest} measured it on headline pairs: wire copies of one story scored 0.67 and up, different
 * stories sharing their words 0.30 at most.
 *
 * <p>Stored compactly as base-36 hashes: the title's, a {@code |}, then the lead's extra ones.
 *
 * @param title the title's shingle hashes, sorted and distinct
 * @param all   title and lead together, sorted and distinct
 */
record Shingles(int[] title, int[] all) {
  /** At or above this similarity two items tell the same story. */
  static final double SAME_STORY = 0.5;
  /** Words of the lead used: enough to tell rewritten headlines apart, few enough that long bodies do not dilute. */
  private static final int LEAD_TOKENS = 60;
  /** Words whose presence says nothing about the story; headline editors drop and add them freely. */
  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("a", "an", "the", "of", "in", "on",
      "to", "and", "for", "with", "at", "by", "from", "as", "is", "are", "it", "its", "that", "this", "after",
      "over", "into", "but", "or", "be", "has", "have", "was", "were", "will", "new", "says", "said");

  static Shingles of(String title, String lead) {
    int[] t = grams(tokens(title, Integer.MAX_VALUE));
    int[] l = grams(tokens(lead, LEAD_TOKENS));
    return new Shingles(t, union(t, l));
  }

  /** How alike two items are: the better of the titles' and the whole fingerprints' Jaccard similarity. */
  static double similarity(Shingles a, Shingles b) {
    double titles = a.title.length == 0 || b.title.length == 0 ? 0 : jaccard(a.title, b.title);
    return Math.max(titles, jaccard(a.all, b.all));
  }

  static double jaccard(int[] a, int[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  String encode() {
    StringBuilder b = new StringBuilder();
    for (int h : title) {
      b.append(Integer.toString(h, 36)).append(' ');
    }
    b.append('|');
    for (int h : all) {
      if (Arrays.binarySearch(title, h) < 0) {
        b.append(' ').append(Integer.toString(h, 36));
      }
    }
    return b.toString();
  }

  /** The fingerprint {@link #encode()} wrote; an empty one for null or garbage. */
  static Shingles decode(String text) {
    if (text == null) {
      return new Shingles(new int[0], new int[0]);
    }
    int bar = text.indexOf('|');
    int[] t = parse(bar < 0 ? text : text.substring(0, bar));
    int[] rest = bar < 0 ? new int[0] : parse(text.substring(bar + 1));
    return new Shingles(t, union(t, rest));
  }

  private static int[] parse(String part) {
    return Arrays.stream(part.trim().split("\\s+")).filter(s -> !s.isEmpty()).mapToInt(s -> {
      try {
        return Integer.parseInt(s, 36);
      } catch (NumberFormatException e) {
        return 0;
      }
    }).sorted().distinct().toArray();
  }

  private static List<String> tokens(String text, int max) {
    List<String> tokens = new ArrayList<>();
    if (text != null) {
      TopicText.tokenize(TopicText.fold(text), tokens);
      tokens.removeIf(FUNCTION_WORDS::contains);
    }
    return tokens.size() > max ? tokens.subList(0, max) : tokens;
  }

  /** Bigrams within runs of words and within runs of CJK characters; a one-token run counts alone. */
  private static int[] grams(List<String> tokens) {
    List<Integer> hashes = new ArrayList<>();
    int start = 0;
    while (start < tokens.size()) {
      boolean cjk = TopicText.isCjkToken(tokens.get(start));
      int end = start;
      while (end < tokens.size() && TopicText.isCjkToken(tokens.get(end)) == cjk) {
        end++;
      }
      int n = 2;
      if (end - start < n) {
        hashes.add(hash(tokens.subList(start, end)));
      }
      for (int i = start; i + n <= end; i++) {
        hashes.add(hash(tokens.subList(i, i + n)));
      }
      start = end;
    }
    return hashes.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
  }

  private static int hash(List<String> gram) {
    int h = 0x9747b28c;
    for (String token : gram) {
      h = (h ^ token.hashCode()) * 0x5bd1e995;
      h ^= h >>> 15;
    }
    return h;
  }

  private static int[] union(int[] a, int[] b) {
    int[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return Arrays.stream(both).sorted().distinct().toArray();
  }
}
