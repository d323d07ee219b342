package dev.newsbrief.feeds;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One side of an OR: every required term, and none of the excluded ones. What the matcher asks of a clause per
 * item (its key, its display) is worked out once here.
 */
final class Clause {
  private final List<Term> required;
  private final List<Term> excluded;
  private final String display;
  private final String indexKey;
  /** One required one-token term and no exclusions: finding the key in an item is the whole match. */
  private final boolean keyIsMatch;
  /** The terms' tokens as arrays, for checking an item without iterating lists. */
  private final String[][] requiredTokens;
  private final String[][] excludedTokens;

  Clause(List<Term> required, List<Term> excluded) {
    this.required = List.copyOf(required);
    this.excluded = List.copyOf(excluded);
    if (this.required.isEmpty()) {
      throw new IllegalArgumentException("a clause needs a required term");
    }
    this.display = this.required.stream().map(Term::display).collect(Collectors.joining(" "));
    this.indexKey = chooseKey(this.required);
    this.keyIsMatch = this.required.size() == 1 && this.excluded.isEmpty()
        && this.required.get(0).tokens().size() == 1;
    this.requiredTokens = this.required.stream().map(t -> t.tokens().toArray(new String[0])).toArray(String[][]::new);
    this.excludedTokens = this.excluded.stream().map(t -> t.tokens().toArray(new String[0])).toArray(String[][]::new);
  }

  boolean matches(ItemText item) {
    for (String[] term : requiredTokens) {
      if (!item.contains(term)) {
        return false;
      }
    }
    for (String[] term : excludedTokens) {
      if (item.contains(term)) {
        return false;
      }
    }
    return true;
  }

  List<Term> required() {
    return required;
  }

  List<Term> excluded() {
    return excluded;
  }

  /** Whether an item containing the {@link #indexKey()} matches without further checks. */
  boolean keyIsMatch() {
    return keyIsMatch;
  }

  /** The key the index files this clause under: the most selective key of one of its required terms. */
  String indexKey() {
    return indexKey;
  }

  /** What matched, for the alert: the required terms as typed. */
  String display() {
    return display;
  }

  /** Sorted, so the same terms in another order give the same text. */
  String canonical() {
    String must = required.stream().map(Term::canonical).distinct().sorted().collect(Collectors.joining(" "));
    String not = excluded.stream().map(t -> "-" + t.canonical()).distinct().sorted()
        .collect(Collectors.joining(" "));
    return not.isEmpty() ? must : must + " " + not;
  }

  private static String chooseKey(List<Term> required) {
    Term best = required.get(0);
    for (Term term : required) {
      if (term.indexScore() > best.indexScore()) {
        best = term;
      }
    }
    return best.indexKey();
  }
}
