package dev.newsbrief.telegram;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.TestInfo;

/**
 * Seeded random inputs for the property tests ({@link BadInputPropertiesTest}), on plain JUnit: a run's seed
 * ({@value #DEFAULT_SEED}, or {@code -Dnewsbrief.seed=N}) gives every try a seed of its own, so any failing try
 * replays alone with {@code -Dnewsbrief.try=I}, and the build never fails at random.
 *
 * <p>Sizes and numbers lean where failures hide: a list is empty or as long as allowed one time in twenty each,
 * short (up to 20 more than its least) a good third of the time, and of any allowed length otherwise; a number is
 * one of its bounds one time in ten.
 */
final class Gen {
  static final long DEFAULT_SEED = 20261128L;
  private static final int SHOWN = 2_000;

  private final SplittableRandom random;

  Gen(SplittableRandom random) {
    this.random = random;
  }

  // ---- the runner

  /**
   * Draws {@code tries} inputs with {@code generate} and checks each with {@code property}; the first try that
   * fails or throws fails the test with its seed, its try index and the input. The property may count how tries
   * ended in the {@link Tally} it is given; the counts are printed at the end, like a statistics report.
   */
  static <T> void forAll(TestInfo test, int tries, Function<Gen, T> generate, BiConsumer<T, Tally> property) {
    long seed = seed();
    int only = onlyTry(tries);
    String name = test.getTestMethod().map(Method::getName).orElse(test.getDisplayName());
    String where = test.getTestClass().map(Class::getSimpleName).orElse("?") + "#" + name;
    Tally tally = new Tally();
    SplittableRandom seeds = new SplittableRandom(seed);
    for (int i = 0; i < tries; i++) {
      long trySeed = seeds.nextLong(); // drawn for every try, so that try i is the same with or without -Dnewsbrief.try
      if (only >= 0 && i != only) {
        continue;
      }
      T input = generate.apply(new Gen(new SplittableRandom(trySeed)));
      try {
        property.accept(input, tally);
      } catch (OutOfMemoryError e) {
        throw e;
      } catch (Throwable e) { // an assertion, or an exception escaping the code under test
        throw new AssertionError(where + ": try " + i + " of " + tries + " failed (seed " + seed + "; replay it with"
            + " -Dtest=" + where + " -Dnewsbrief.seed=" + seed + " -Dnewsbrief.try=" + i + ")\n"
            + (e instanceof AssertionError ? e.getMessage() : e.toString()) + "\n--- input ---\n" + describe(input), e);
      }
    }
    if (!tally.isEmpty()) {
      System.out.println(where + " (" + (only >= 0 ? "try " + only : tries + " tries") + ", seed " + seed + "): "
          + tally);
    }
  }

  static long seed() {
    String seed = System.getProperty("newsbrief.seed", "");
    return seed.isBlank() ? DEFAULT_SEED : Long.parseLong(seed.trim());
  }

  private static int onlyTry(int tries) {
    String only = System.getProperty("newsbrief.try", "");
    if (only.isBlank()) {
      return -1;
    }
    int i = Integer.parseInt(only.trim());
    if (i < 0 || i >= tries) {
      throw new IllegalArgumentException("-Dnewsbrief.try=" + i + ": this property has tries 0 to " + (tries - 1));
    }
    return i;
  }

  /** How tries ended, by label, in the order first seen. */
  static final class Tally {
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int total;

    void count(String label) {
      counts.merge(label, 1, Integer::sum);
      total++;
    }

    boolean isEmpty() {
      return total == 0;
    }

    @Override
    public String toString() {
      List<String> parts = new ArrayList<>();
      counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .forEach(e -> parts.add(e.getKey() + " " + e.getValue() + " (" + Math.round(100.0 * e.getValue() / total)
              + " %)"));
      return String.join(", ", parts);
    }
  }

  /** An input for a failure report: a record field by field, each shortened, invisible characters as escapes. */
  static String describe(Object input) {
    if (input instanceof Record record) {
      StringBuilder out = new StringBuilder();
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        try {
          out.append(c.getName()).append(" = ").append(describe(c.getAccessor().invoke(record))).append('\n');
        } catch (ReflectiveOperationException e) {
          out.append(c.getName()).append(" = ?").append('\n');
        }
      }
      return out.toString();
    }
    if (input instanceof byte[] bytes) {
      byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, SHOWN / 2));
      return bytes.length + " bytes: " + HexFormat.of().formatHex(head) + (head.length < bytes.length ? "…" : "");
    }
    String text = input instanceof String s ? quote(s) : String.valueOf(input);
    StringBuilder out = new StringBuilder();
    text.codePoints().limit(SHOWN).forEach(cp -> {
      if (cp == '\n' || !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
          && Character.getType(cp) != Character.SURROGATE && cp != 0xFFFE && cp != 0xFFFF) {
        out.appendCodePoint(cp);
      } else {
        out.append(String.format("\\u%04x", cp));
      }
    });
    long length = text.codePoints().count();
    return length > SHOWN ? out + "… (" + length + " characters in all)" : out.toString();
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

  // ---- generators

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** A number from {@code min} to {@code max}, both included; one of the bounds one time in ten. */
  int between(int min, int max) {
    if (min < max && chance(0.1)) {
      return chance(0.5) ? min : max;
    }
    return random.nextInt(min, max + 1);
  }

  /** A share from 0 to 1, both included; 0 or 1 one time in ten. */
  double fraction() {
    if (chance(0.1)) {
      return chance(0.5) ? 0 : 1;
    }
    return random.nextDouble();
  }

  /** A length from {@code min} to {@code max}: the least or the most one time in twenty each, else mostly short. */
  int size(int min, int max) {
    double r = random.nextDouble();
    if (r < 0.05) {
      return min;
    }
    if (r < 0.10) {
      return max;
    }
    if (r < 0.45) {
      return random.nextInt(min, Math.min(max, min + 20) + 1);
    }
    return random.nextInt(min, max + 1);
  }

  <T> List<T> list(int min, int max, Supplier<? extends T> element) {
    int size = size(min, max);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }

  /** From {@code min} to {@code max} pieces, joined. */
  String join(int min, int max, Supplier<String> piece) {
    return String.join("", list(min, max, piece));
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  @SafeVarargs
  final <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  /** One character of {@code chars}. */
  String charOf(String chars) {
    return String.valueOf(chars.charAt(random.nextInt(chars.length())));
  }

  /** The value of one of the generators, each as likely. */
  @SafeVarargs
  final <T> T oneOf(Supplier<? extends T>... generators) {
    return generators[random.nextInt(generators.length)].get();
  }

  /** Null with the given probability, else a value of {@code generator}. */
  <T> T orNull(double probability, Supplier<T> generator) {
    return chance(probability) ? null : generator.get();
  }

  /** A generator and how often it is chosen, relative to the others in {@link #weighted}. */
  record Weighted<T>(int weight, Supplier<? extends T> generator) {
  }

  static <T> Weighted<T> weight(int weight, Supplier<? extends T> generator) {
    return new Weighted<>(weight, generator);
  }

  /** The value of one of the generators, chosen in proportion to its weight. */
  @SafeVarargs
  final <T> T weighted(Weighted<? extends T>... choices) {
    int total = Arrays.stream(choices).mapToInt(Weighted::weight).sum();
    int r = random.nextInt(total);
    for (Weighted<? extends T> choice : choices) {
      r -= choice.weight();
      if (r < 0) {
        return choice.generator().get();
      }
    }
    throw new AssertionError("unreachable");
  }
}
