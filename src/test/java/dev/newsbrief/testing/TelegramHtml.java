package dev.newsbrief.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Bot API accepts as one message in HTML parse mode, checked strictly: at most 4096 characters, some
 * visible text, only Telegram's tags with their own attributes, every tag closed in order, no link inside a link
 * and nothing inside {@code code}, text free of {@code <} and {@code >}, the only entities {@code &lt; &gt; &amp;
 * &quot;}, links to http(s) only, and no surrogate half without its partner (it could not be sent as UTF-8).
 */
public final class TelegramHtml {
  public static final int MAX_LENGTH = 4096;
  private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)((?: [a-z-]+(?:=\"[^\"<>]*\")?)*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile(" ([a-z-]+)(?:=\"([^\"<>]*)\")?");
  private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot);");
  /** Tag name to the attributes it may carry, and the one value an attribute must have where that is fixed. */
  private static final Map<String, Set<String>> TAGS = Map.ofEntries(
      Map.entry("b", Set.of()), Map.entry("strong", Set.of()), Map.entry("i", Set.of()), Map.entry("em", Set.of()),
      Map.entry("u", Set.of()), Map.entry("ins", Set.of()), Map.entry("s", Set.of()), Map.entry("strike", Set.of()),
      Map.entry("del", Set.of()), Map.entry("span", Set.of("class")), Map.entry("tg-spoiler", Set.of()),
      Map.entry("a", Set.of("href")), Map.entry("tg-emoji", Set.of("emoji-id")), Map.entry("code", Set.of("class")),
      Map.entry("pre", Set.of()), Map.entry("blockquote", Set.of("expandable")));

  private TelegramHtml() {
  }

  /** Why Telegram would refuse {@code message}, or null when it is a valid HTML message. */
  public static String problem(String message) {
    if (message == null) {
      return "no message";
    }
    if (message.length() > MAX_LENGTH) {
      return "longer than " + MAX_LENGTH + ": " + message.length();
    }
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      boolean paired = Character.isHighSurrogate(c) ? i + 1 < message.length()
          && Character.isLowSurrogate(message.charAt(++i)) : !Character.isLowSurrogate(c);
      if (!paired) {
        return "a lone surrogate at " + i;
      }
    }
    Deque<String> open = new ArrayDeque<>();
    StringBuilder visible = new StringBuilder();
    Matcher tag = TAG.matcher(message);
    int at = 0;
    while (at < message.length()) {
      char c = message.charAt(at);
      if (c == '<') {
        if (!tag.find(at) || tag.start() != at) {
          return "a '<' that opens no tag at " + at + near(message, at);
        }
        String problem = tag(tag, open);
        if (problem != null) {
          return problem + " at " + at + near(message, at);
        }
        at = tag.end();
      } else if (c == '>') {
        return "a bare '>' at " + at + near(message, at);
      } else if (c == '&') {
        Matcher entity = ENTITY.matcher(message).region(at, message.length());
        if (!entity.lookingAt()) {
          return "an '&' that starts no allowed entity at " + at + near(message, at);
        }
        visible.append('x');
        at = entity.end();
      } else {
        visible.append(c);
        at++;
      }
    }
    if (!open.isEmpty()) {
      return "unclosed " + open;
    }
    return visible.toString().isBlank() ? "no visible text" : null;
  }

  private static String tag(Matcher tag, Deque<String> open) {
    String name = tag.group(2);
    Set<String> allowed = TAGS.get(name);
    if (allowed == null) {
      return "tag <" + name + "> is not allowed";
    }
    if (tag.group(1).equals("/")) {
      if (!tag.group(3).isEmpty()) {
        return "a closing tag with attributes";
      }
      if (!name.equals(open.peekLast())) {
        return "</" + name + "> closes " + open.peekLast();
      }
      open.removeLast();
      return null;
    }
    if (open.contains("code") || open.contains("pre") && !name.equals("code")) {
      return "<" + name + "> inside code";
    }
    if (name.equals("a") && open.contains("a")) {
      return "a link inside a link";
    }
    Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
    while (attribute.find()) {
      String value = attribute.group(2);
      if (!allowed.contains(attribute.group(1))) {
        return "attribute " + attribute.group(1) + " on <" + name + ">";
      }
      if (value != null && !ENTITY.matcher(value).replaceAll("").chars().noneMatch(ch -> ch == '&')) {
        return "an unescaped '&' in an attribute";
      }
      if (name.equals("a") && (value == null || !value.matches("(?i)https?://.+"))) {
        return "a link to " + value;
      }
      if (name.equals("span") && !"tg-spoiler".equals(value)) {
        return "a span that is no spoiler";
      }
    }
    open.addLast(name);
    return null;
  }

  private static String near(String message, int at) {
    return ": \"" + message.substring(Math.max(0, at - 30), Math.min(message.length(), at + 30)) + "\"";
  }
}
