package dev.newsbrief.feeds;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One side of an OR: every required term, and none of the excluded ones.
 *
 * @param required at least one term
 * @param excluded terms that veto the clause
 */
record Clause(List<Term> required, List<Term> excluded) {
  Clause {
    required = List.copyOf(required);
    excluded = List.copyOf(excluded);
    if (required.isEmpty()) {
      throw new IllegalArgumentException("a clause needs a required term");
    }
  }

  boolean matches(ItemText item) {
    for (Term term : required) {
      if (!item.contains(term)) {
        return false;
      }
    }
    for (Term term : excluded) {
      if (item.contains(term)) {
        return false;
      }
    }
    return true;
  }

  /** The key the index files this clause under: the most selective key of one of its required terms. */
  String indexKey() {
    Term best = required.get(0);
    for (Term term : required) {
      if (term.indexScore() > best.indexScore()) {
        best = term;
      }
    }
    return best.indexKey();
  }

  /** What matched, for the alert: the required terms as typed. */
  String display() {
    return required.stream().map(Term::display).collect(Collectors.joining(" "));
  }

  /** Sorted, so the same terms in another order give the same text. */
  String canonical() {
    String must = required.stream().map(Term::canonical).distinct().sorted().collect(Collectors.joining(" "));
    String not = excluded.stream().map(t -> "-" + t.canonical()).distinct().sorted()
        .collect(Collectors.joining(" "));
    return not.isEmpty() ? must : must + " " + not;
  }
}
