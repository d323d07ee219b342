package dev.newsbrief.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's arguments: flags, options with a value, and the rest in order. */
final class Options {
  private final Set<String> flags = new HashSet<>();
  private final Map<String, String> values = new HashMap<>();
  private final List<String> positional = new ArrayList<>();

  /**
   * Parses {@code args}.
   *
   * @param knownFlags   options without a value, e.g. {@code --json}
   * @param knownValued  options followed by a value, e.g. {@code --points}
   * @throws UsageException on an unknown option or a missing value
   */
  static Options parse(List<String> args, Set<String> knownFlags, Set<String> knownValued) throws UsageException {
    Options options = new Options();
    boolean onlyPositional = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (onlyPositional || !arg.startsWith("--") || arg.equals("-")) {
        options.positional.add(arg);
      } else if (arg.equals("--")) {
        onlyPositional = true;
      } else {
        String name = arg;
        String inline = null;
        int eq = arg.indexOf('=');
        if (eq > 0) {
          name = arg.substring(0, eq);
          inline = arg.substring(eq + 1);
        }
        if (knownFlags.contains(name) && inline == null) {
          options.flags.add(name);
        } else if (knownValued.contains(name)) {
          if (inline == null && i + 1 >= args.size()) {
            throw new UsageException(name + " needs a value");
          }
          options.values.put(name, inline != null ? inline : args.get(++i));
        } else {
          throw new UsageException("unknown option " + name);
        }
      }
    }
    return options;
  }

  boolean has(String flag) {
    return flags.contains(flag);
  }

  String value(String option) {
    return values.get(option);
  }

  List<String> positional() {
    return positional;
  }

  /** The integer value of {@code option} within [min, max], or {@code fallback} when absent. */
  int intValue(String option, int min, int max, int fallback) throws UsageException {
    String raw = values.get(option);
    if (raw == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value < min || value > max) {
        throw new UsageException(option + " must be between " + min + " and " + max + ", not " + raw);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new UsageException(option + " needs a whole number, not '" + raw + "'");
    }
  }
}
