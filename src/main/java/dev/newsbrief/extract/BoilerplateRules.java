package dev.newsbrief.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of {@code boilerplate.txt}, compiled once. Drop rules are tried on most short blocks of every
 * page, so they are compiled for speed: each rule's top-level branches are split, the ones anchored with
 * "^" are tried only at the start, the others only when the block holds the plain text they require
 * ({@link GuardedPattern}), and rules without any cased letter (most Chinese ones) are compiled without case
 * folding, which costs two case conversions per character compared.
 */
final class BoilerplateRules {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern NEVER = Pattern.compile("(?!)");

  private static final List<Pattern> STRIP = new ArrayList<>();
  private static final List<Pattern> END = new ArrayList<>();
  private static final Pattern[] AT_START = new Pattern[2];
  private static final Pattern[] ANYWHERE = new Pattern[2];
  private static final List<GuardedPattern> GUARDED = new ArrayList<>();

  static {
    load();
  }

  private BoilerplateRules() {
  }

  /** True when a drop rule is found in {@code text}. */
  static boolean drops(String text) {
    for (Pattern p : AT_START) {
      if (p != NEVER && p.matcher(text).lookingAt()) {
        return true;
      }
    }
    for (Pattern p : ANYWHERE) {
      if (p != NEVER && p.matcher(text).find()) {
        return true;
      }
    }
    String folded = GuardedPattern.fold(text);
    for (GuardedPattern p : GUARDED) {
      if (p.foundIn(text, folded)) {
        return true;
      }
    }
    return false;
  }

  /** Patterns whose matches are deleted from every block. */
  static List<Pattern> strip() {
    return STRIP;
  }

  /** Headings after which only page material follows. */
  static List<Pattern> end() {
    return END;
  }

  private static void load() {
    List<String> atStartCased = new ArrayList<>();
    List<String> atStartCaseless = new ArrayList<>();
    List<String> anywhereCased = new ArrayList<>();
    List<String> anywhereCaseless = new ArrayList<>();
    for (String rule : lines()) {
      int space = rule.indexOf(' ');
      String regex = rule.substring(space + 1).strip();
      if (!rule.startsWith("drop ")) {
        (rule.startsWith("strip ") ? STRIP : END).add(Pattern.compile(regex, FLAGS));
        continue;
      }
      // find() of "^x|y" is lookingAt("x") or find("y"): without MULTILINE "^" only holds at the start.
      for (String branch : topLevelBranches(regex)) {
        boolean anchored = branch.startsWith("^");
        String body = anchored ? branch.substring(1) : branch;
        boolean caseless = caseless(body);
        GuardedPattern guarded = anchored ? null : GuardedPattern.of(body, caseless ? 0 : FLAGS);
        if (guarded != null) {
          GUARDED.add(guarded);
          continue;
        }
        (anchored ? caseless ? atStartCaseless : atStartCased : caseless ? anywhereCaseless : anywhereCased).add(body);
      }
    }
    AT_START[0] = alternation(atStartCased, FLAGS);
    AT_START[1] = alternation(atStartCaseless, 0);
    ANYWHERE[0] = alternation(anywhereCased, FLAGS);
    ANYWHERE[1] = alternation(anywhereCaseless, 0);
  }

  private static List<String> lines() {
    try (InputStream in = BoilerplateRules.class.getResourceAsStream("boilerplate.txt")) {
      if (in == null) {
        throw new IllegalStateException("boilerplate.txt missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> rules = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String rule = line.strip();
        if (!rule.isEmpty() && !rule.startsWith("#")) {
          rules.add(rule);
        }
      }
      return rules;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code regex} cut at each "|" outside any group or class. */
  static List<String> topLevelBranches(String regex) {
    List<String> branches = new ArrayList<>();
    int depth = 0;
    int start = 0;
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        branches.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    branches.add(regex.substring(start));
    return branches;
  }

  /**
   * True when case folding cannot change what {@code regex} matches: no letter with a case, no escape that
   * names characters (a property, a hex or octal code, a quote) and no inline flags. Shorthands for digits,
   * spaces and word characters, and escaped punctuation, are the same either way.
   */
  static boolean caseless(String regex) {
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        char next = i + 1 < regex.length() ? regex.charAt(i + 1) : 'x';
        if ("dDsSwWbB".indexOf(next) < 0 && Character.isLetterOrDigit(next)) {
          return false;
        }
        i++;
      } else if (c == '(' && i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
        return false;
      } else if (!uncased(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean uncased(char c) {
    if (c < 128) {
      return !Character.isLetter(c);
    }
    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
      return true;
    }
    return !Character.isLetter(c) && Character.toUpperCase(c) == c && Character.toLowerCase(c) == c
        && Character.toTitleCase(c) == c;
  }

  private static Pattern alternation(List<String> regexes, int flags) {
    List<String> plain = regexes.stream().map(BoilerplateRules::withoutCaptures).toList();
    return regexes.isEmpty() ? NEVER : Pattern.compile("(?:" + String.join(")|(?:", plain) + ")", flags);
  }

  /**
   * {@code regex} with its capturing groups made non-capturing, unless it refers back to one: the rules only
   * ask whether they match, and a Matcher allocates and clears room for every group of a long alternation.
   */
  static String withoutCaptures(String regex) {
    StringBuilder out = new StringBuilder(regex.length() + 16);
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      out.append(c);
      if (c == '\\' && i + 1 < regex.length()) {
        char next = regex.charAt(++i);
        if (Character.isDigit(next) || next == 'k') {
          return regex;
        }
        out.append(next);
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(' && (i + 1 >= regex.length() || regex.charAt(i + 1) != '?')) {
        out.append("?:");
      }
    }
    return out.toString();
  }
}
