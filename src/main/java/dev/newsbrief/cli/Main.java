package dev.newsbrief.cli;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.newsbrief.config.Config;
import dev.newsbrief.config.ConfigException;
import dev.newsbrief.config.ConfigLoader;
import dev.newsbrief.digest.BriefService;
import dev.newsbrief.extract.ArticleExtractor;
import dev.newsbrief.fetch.FetchPolicy;
import dev.newsbrief.fetch.PageFetcher;
import dev.newsbrief.summarize.ExtractiveSummarizer;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/** The command line and the composition root: the only place that knows every package. */
public final class Main {
  static final int EXIT_OK = 0;
  static final int EXIT_USAGE = 2;
  static final int EXIT_INPUT = 3;
  /** Local files are read up to this size (the fetcher's cap applies to web pages). */
  static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  static final String HELP = """
      newsbrief: key points and sources for any article, from the command line or in Telegram.

      Usage: java -jar newsbrief.jar <command> [options]

      Commands:
        summarize [--json] [--points N] <url-or-file>   key points for one article
        summarize --json --batch FILE [--points N]      key points for many texts (JSON lines)
        extract [--json] <url-or-file>...               main text and metadata of pages
        extract --json --batch FILE                     the same for many pages (JSON lines)
        bench summarize --batch FILE [--rounds N]       time the summarizer per article (JSON lines in)
        bench extract --batch FILE [--rounds N]         time the extractor per page (JSON lines in)
        bench match [--subscriptions N] [--items M]     time topic matching per item (synthetic topics)
        bench poll [--feeds N] [--items K]              time feed poll cycles against local feeds
        bot                                             run the Telegram bot (needs TELEGRAM_BOT_TOKEN)
        console                                         talk to the bot in this terminal, no token needed

      Run 'newsbrief <command> --help' for a command's options.

      Environment: TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL, NEWSBRIEF_CONFIG, NEWSBRIEF_DATA_DIR,
      NEWSBRIEF_ALLOW_PRIVATE (see config/newsbrief.properties for every setting and its default).
      Exit codes: 0 success; 2 usage error; 3 the input could not be fetched, read or turned into an article.
      """;

  private final Map<String, String> env;
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  Main(Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
    this.env = env;
    this.in = in;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = new Main(System.getenv(), System.in, out, err).run(args);
    out.flush();
    System.exit(code);
  }

  /** Runs one command; returns the exit code. */
  int run(String[] argv) {
    List<String> args = Arrays.asList(argv);
    if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
      out.print(HELP);
      return args.isEmpty() ? EXIT_USAGE : EXIT_OK;
    }
    if (args.get(0).equals("--version")) {
      out.println("newsbrief " + version());
      return EXIT_OK;
    }
    String command = args.get(0);
    List<String> rest = args.subList(1, args.size());
    try {
      if (rest.contains("--help") || rest.contains("-h")) {
        out.print(help(command));
        return EXIT_OK;
      }
      return dispatch(command, rest);
    } catch (UsageException e) {
      err.println("newsbrief " + command + ": " + e.getMessage());
      err.println("Try 'java -jar newsbrief.jar " + (isCommand(command) ? command + " " : "") + "--help'.");
      return EXIT_USAGE;
    } catch (ConfigException e) {
      err.println("newsbrief: configuration: " + e.getMessage());
      return EXIT_USAGE;
    }
  }

  private int dispatch(String command, List<String> rest) throws UsageException {
    switch (command) {
      case "summarize", "extract" -> {
        Config config = new ConfigLoader(env).load();
        BriefService service = briefService(config);
        InputLoader loader = new InputLoader(MAX_FILE_BYTES);
        return command.equals("extract")
            ? new ExtractCommand(service, loader, out, err).run(rest)
            : new SummarizeCommand(service, new ArticleExtractor(), loader, config.summaryPoints(), out, err)
                .run(rest);
      }
      case "bench" -> {
        return new BenchCommand(new InputLoader(MAX_FILE_BYTES), System::nanoTime, out, err).run(rest);
      }
      case "bot" -> {
        return new BotCommand(new ConfigLoader(env).load(), err).run(rest);
      }
      case "console" -> {
        quietLogsUnlessAsked();
        Config config = new ConfigLoader(env).load();
        return new ConsoleCommand(config, in, out)
            .run(rest);
      }
      default -> throw new UsageException("unknown command '" + command + "'");
    }
  }

  /** In the console, log lines would interleave with the conversation: only warnings, unless asked. */
  private void quietLogsUnlessAsked() {
    if (env.get("NEWSBRIEF_LOG_LEVEL") == null
        && org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
      context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }

  /** {@code text} with the bot token masked, for the rare message printed outside the logger. */
  static String redact(String text) {
    return dev.newsbrief.config.Secret.redact(text);
  }

  private static boolean isCommand(String command) {
    return List.of("summarize", "extract", "bench", "bot", "console").contains(command);
  }

  private static String help(String command) throws UsageException {
    return switch (command) {
      case "summarize" -> SummarizeCommand.HELP;
      case "extract" -> ExtractCommand.HELP;
      case "bench" -> BenchCommand.HELP;
      case "bot" -> BotCommand.HELP;
      case "console" -> ConsoleCommand.HELP;
      default -> throw new UsageException("unknown command '" + command + "'");
    };
  }

  /** The fetch rules the config asks for. */
  static FetchPolicy fetchPolicy(Config config) {
    return new FetchPolicy(new HashSet<>(config.allowPrivate()), config.allowedPorts(), config.connectTimeout(),
        config.callTimeout(), config.maxBodyBytes(), config.maxRedirects(), FetchPolicy.DEFAULT_USER_AGENT,
        FetchPolicy.defaults().acceptLanguage());
  }

  /** Fetch, extract and summarize wired together with the configured cache. */
  static BriefService briefService(Config config) {
    return briefService(config, new PageFetcher(fetchPolicy(config)));
  }

  /** The brief service reading pages through {@code pages} (one guarded client for pages and feeds). */
  static BriefService briefService(Config config, PageFetcher pages) {
    return new BriefService(pages, new ArticleExtractor(),
        new ExtractiveSummarizer(), config.cacheMaxEntries(), config.cacheTtl(), ForkJoinPool.commonPool(),
        Ticker.systemTicker());
  }

  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v != null ? v : "dev";
  }
}
