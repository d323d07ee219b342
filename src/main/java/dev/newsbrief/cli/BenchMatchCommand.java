package dev.newsbrief.cli;

import dev.newsbrief.feeds.Subscription;
import dev.newsbrief.feeds.TopicMatcher;
import dev.newsbrief.feeds.TopicQuery;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * {@code bench match}: times the topic matcher on one thread, against synthetic subscriptions and items drawn
 * from fixed vocabularies with a fixed seed, so every run sees the same workload.
 */
final class BenchMatchCommand {
  static final String HELP = """
        match          times the topic matcher: N synthetic subscriptions (English words, phrases, exclusions,
                       OR, Chinese terms) across C chats, against M synthetic news items (title and description),
                       the same on every run. Options: --subscriptions N (default 10000), --chats C (1000),
                       --items M (20000), --rounds N (5).
                       Prints {subscriptions, chats, items, itemsPerSecond, meanMicros, p95Micros, matchesPerItem}.
      """;

  private static final long SEED = 20261128L;
  private static final String[] WORDS = """
      nvidia amd intel apple google microsoft amazon tesla samsung huawei tiktok openai meta netflix boeing airbus
      chip semiconductor battery solar wind nuclear coal oil gas pipeline refinery lithium copper gold silver wheat
      inflation recession tariff sanction election parliament senate minister president court lawsuit verdict
      strike union wage pension housing mortgage bank bond stock market crypto bitcoin ethereum stablecoin
      earthquake flood wildfire hurricane drought heatwave climate emission carbon vaccine virus outbreak hospital
      cancer drug surgery football tennis olympics marathon championship transfer coach stadium rocket satellite
      telescope asteroid moon mars spacecraft launch robot drone smartphone laptop software update outage hacker
      ransomware breach privacy regulator antitrust merger acquisition layoff hiring startup funding ipo dividend
      railway airport airline ferry bridge tunnel highway traffic accident protest refugee border migration ceasefire
      embassy diplomat summit treaty army navy missile tank frontline shipping port container freight cargo
      museum festival concert film album novel author award prize scientist discovery fossil dinosaur genome
      """.trim().split("\\s+");
  private static final String[] PHRASES = {"natural gas", "interest rates", "electric cars", "climate change",
      "central bank", "supply chain", "artificial intelligence", "oil prices", "trade war", "power grid",
      "stock market", "data center", "heat pump", "space station", "world cup", "real estate", "nuclear plant",
      "self driving", "chip shortage", "border crossing"};
  private static final String[] CHINESE = """
      天然气 石油 原油 煤炭 电力 光伏 风电 核电 锂电池 新能源 电动车 芯片 半导体 人工智能 大模型 机器人 无人机 手机
      华为 小米 比亚迪 宁德时代 腾讯 阿里巴巴 字节跳动 英伟达 苹果 特斯拉 央行 降息 加息 通胀 汇率 人民币 股市 楼市 房价
      关税 出口 进口 贸易 制裁 外交 峰会 选举 地震 洪水 台风 暴雨 高温 疫苗 医院 航天 卫星 火箭 月球 高铁 航空 港口 物流
      """.trim().split("\\s+");
  private static final String[] FILLER = """
      the a of to in on for with at by from as after before over under says said report reports new today week
      year month officials people country city government company companies group plan plans expected could would
      more less than about amid while during first last major local global national early late again still
      """.trim().split("\\s+");
  private static final String[] CHINESE_FILLER = """
      的 在 将 了 和 与 对 为 是 有 今年 本周 日前 记者 报道 表示 市场 公司 企业 国内 全球 发布 上涨 下跌 持续 预计 消息 方面 相关 影响
      """.trim().split("\\s+");

  private final LongSupplier nanoTime;
  private final PrintStream out;
  /** Keeps every result reachable, so the JIT cannot drop the work being timed. */
  private long sink;

  BenchMatchCommand(LongSupplier nanoTime, PrintStream out) {
    this.nanoTime = nanoTime;
    this.out = out;
  }

  /** {@code args} after {@code match}. */
  int run(List<String> args) throws UsageException {
    Options o = Options.parse(args, Set.of(), Set.of("--subscriptions", "--chats", "--items", "--rounds"));
    if (!o.positional().isEmpty()) {
      throw new UsageException("unexpected argument '" + o.positional().get(0) + "'");
    }
    int subscriptions = o.intValue("--subscriptions", 1, 1_000_000, 10_000);
    int chats = o.intValue("--chats", 1, 1_000_000, 1_000);
    int items = o.intValue("--items", 1, 1_000_000, 20_000);
    int rounds = o.intValue("--rounds", 2, 1000, BenchCommand.DEFAULT_ROUNDS);
    Random random = new Random(SEED);
    TopicMatcher matcher = TopicMatcher.of(subscriptions(random, subscriptions, chats));
    List<String[]> workload = new ArrayList<>(items);
    for (int i = 0; i < items; i++) {
      workload.add(item(random));
    }
    long[] nanos = new long[items * (rounds - 1)];
    long matches = 0;
    int k = 0;
    for (int round = 0; round < rounds; round++) {
      for (String[] item : workload) {
        long start = nanoTime.getAsLong();
        int found = matcher.match(item[0], item[1]).size();
        long elapsed = nanoTime.getAsLong() - start;
        sink += found;
        if (round > 0) {
          nanos[k++] = elapsed;
          matches += found;
        }
      }
    }
    BenchTimings t = BenchTimings.of(items, nanos);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("subscriptions", subscriptions);
    m.put("chats", chats);
    m.put("items", items);
    m.put("itemsPerSecond", t.meanMs() > 0 ? Math.round(1000 / t.meanMs()) : 0);
    m.put("meanMicros", round(t.meanMs() * 1000));
    m.put("p95Micros", round(t.p95Ms() * 1000));
    m.put("matchesPerItem", round((double) matches / nanos.length));
    out.println(JsonOutput.line(m));
    return Main.EXIT_OK;
  }

  /** Topics of the kinds people type: mostly one or two words, some phrases, exclusions, OR and Chinese. */
  static List<Subscription> subscriptions(Random r, int count, int chats) {
    List<Subscription> subs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int kind = r.nextInt(20);
      String topic = switch (kind) {
        case 0, 1, 2, 3, 4, 5, 6, 7 -> pick(r, WORDS);
        case 8, 9, 10 -> pick(r, WORDS) + " " + pick(r, WORDS);
        case 11, 12 -> '"' + pick(r, PHRASES) + '"';
        case 13, 14 -> pick(r, WORDS) + " -" + pick(r, WORDS);
        case 15 -> pick(r, WORDS) + " OR " + pick(r, WORDS) + " -\"" + pick(r, PHRASES) + '"';
        case 16, 17, 18 -> pick(r, CHINESE);
        default -> pick(r, CHINESE) + (r.nextBoolean() ? " -" + pick(r, CHINESE) : " " + pick(r, WORDS));
      };
      subs.add(new Subscription(r.nextInt(chats), i, TopicQuery.parse(topic)));
    }
    return subs;
  }

  /** A title and a description: English (7 in 10), Chinese, or Chinese with English names. */
  static String[] item(Random r) {
    int kind = r.nextInt(10);
    if (kind < 7) {
      return new String[] {english(r, 9, 2), english(r, 35, 3)};
    }
    String title = chinese(r, 12, 2) + (kind == 9 ? " " + pick(r, WORDS) : "");
    return new String[] {title, chinese(r, 40, 3)};
  }

  private static String english(Random r, int words, int topical) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      out.add(pick(r, FILLER));
    }
    for (int i = 0; i < topical; i++) {
      String term = r.nextInt(4) == 0 ? pick(r, PHRASES) : pick(r, WORDS) + (r.nextInt(3) == 0 ? "s" : "");
      out.add(r.nextInt(out.size() + 1), term);
    }
    String text = String.join(" ", out);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
  }

  private static String chinese(Random r, int parts, int topical) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      out.add(pick(r, CHINESE_FILLER));
    }
    for (int i = 0; i < topical; i++) {
      out.add(r.nextInt(out.size() + 1), pick(r, CHINESE));
    }
    return String.join("", out) + "。";
  }

  private static String pick(Random r, String[] words) {
    return words[r.nextInt(words.length)];
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
