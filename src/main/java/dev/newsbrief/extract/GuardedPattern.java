package dev.newsbrief.extract;

import java.util.regex.Pattern;

/**
 * A regex with a piece of plain text every match must contain, looked for first with {@code indexOf} in the
 * case-folded text: trying a regex at every position of every short block is slow, and most blocks lack the
 * text. Immutable and thread-safe.
 *
 * <p>The text is folded as {@link Pattern#UNICODE_CASE} compares characters (upper case, then lower case), so
 * a block the regex would match always contains the folded guard: the guard only ever saves work.
 */
final class GuardedPattern {
  /** Shorter guards are found in too many blocks to save anything (two Han characters are rare enough). */
  private static final int MIN_GUARD = 2;
  private static final String META = "\\^$.|?*+()[]{}";

  private final String guard;
  private final Pattern pattern;

  private GuardedPattern(String guard, Pattern pattern) {
    this.guard = guard;
    this.pattern = pattern;
  }

  /** The regex guarded by its longest required plain text, or null when it has none worth checking. */
  static GuardedPattern of(String regex, int flags) {
    String required = requiredText(regex);
    return required.length() < MIN_GUARD ? null : new GuardedPattern(fold(required), Pattern.compile(regex, flags));
  }

  /** True when the regex is found in {@code text}; {@code folded} is {@code fold(text)}. */
  boolean foundIn(String text, String folded) {
    return folded.contains(guard) && pattern.matcher(text).find();
  }

  /** Each character as a case-insensitive regex compares it: lower case of upper case. */
  static String fold(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
    }
    return new String(out);
  }

  /**
   * The longest run of plain characters outside groups and classes that no quantifier makes optional, or ""
   * when there is none or the regex uses syntax this reading does not follow: for
   * {@code (we|this site) uses? cookies} that is " cookies".
   */
  static String requiredText(String regex) {
    if (BoilerplateRules.topLevelBranches(regex).size() > 1) {
      return "";
    }
    String best = "";
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < regex.length(); ) {
      char c = regex.charAt(i);
      char next = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
      if (c == '\\' && next != 0 && !Character.isLetterOrDigit(next)) {
        run.append(next);
        i += 2;
        continue;
      }
      if (c != '\\' && META.indexOf(c) < 0) {
        run.append(c);
        i++;
        continue;
      }
      if (c == '\\' && "dDsSwWbB".indexOf(next) < 0 || c == '(' && next == '?' && !lookaround(regex, i)) {
        return ""; // a character by its code, a back-reference, a quote or inline flags
      }
      if ((c == '?' || c == '*' || c == '{') && run.length() > 0) {
        run.setLength(run.length() - 1); // the quantifier makes the last character optional
      }
      best = run.length() > best.length() ? run.toString() : best;
      run.setLength(0);
      int end = endOfToken(regex, i);
      if (end < 0) {
        return "";
      }
      i = end + 1;
    }
    return run.length() > best.length() ? run.toString() : best;
  }

  private static boolean lookaround(String regex, int open) {
    return regex.startsWith("(?:", open) || regex.startsWith("(?=", open) || regex.startsWith("(?!", open);
  }

  /** Where the escape, group, class, counted quantifier or single metacharacter at {@code start} ends, or -1. */
  private static int endOfToken(String regex, int start) {
    char c = regex.charAt(start);
    if (c == '\\') {
      return start + 1;
    }
    if (c == '{') {
      return regex.indexOf('}', start);
    }
    if (c != '(' && c != '[') {
      return start;
    }
    int parens = 0;
    int brackets = 0;
    for (int i = start; i < regex.length(); i++) {
      char d = regex.charAt(i);
      if (d == '\\') {
        i++;
      } else if (d == '[') {
        brackets++;
      } else if (d == ']' && brackets > 0) {
        brackets--;
      } else if (brackets == 0 && d == '(') {
        parens++;
      } else if (brackets == 0 && d == ')') {
        parens--;
      }
      if (parens == 0 && brackets == 0) {
        return i;
      }
    }
    return -1;
  }
}
