package dev.newsbrief.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Telegram HTML that we rendered ourselves into messages of at most a given length. Cuts fall at line
 * breaks (paragraphs, bullets) where possible, else at a sentence end or a space, and never inside a tag, an
 * entity such as {@code &amp;}, or a surrogate pair. Tags open at a cut are closed at the end of one part and
 * opened again at the start of the next, so every part is valid HTML on its own.
 */
final class MessageSplitter {
  private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)([^>]*)>");

  private MessageSplitter() {
  }

  static List<String> split(String html, int limit) {
    List<String> parts = new ArrayList<>();
    Deque<String> open = new ArrayDeque<>(); // opening tags as written, innermost last
    StringBuilder part = new StringBuilder();
    for (String line : html.split("\n", -1)) {
      String piece = part.length() == 0 ? line : "\n" + line;
      // a line that opens a tag (the folded sources' <blockquote>) makes the part's closing longer
      if (part.length() + piece.length() + closingWith(open, line).length() <= limit) {
        part.append(piece);
        track(open, line);
        continue;
      }
      if (part.length() > 0) {
        parts.add(part + closing(open));
        part = new StringBuilder(String.join("", open));
      }
      String rest = line;
      while (part.length() + rest.length() + closingWith(open, rest).length() > limit) {
        int cut = cutPoint(rest, limit - part.length() - closingAfter(open, rest).length());
        String head = rest.substring(0, cut);
        part.append(head);
        track(open, head);
        parts.add(part.toString().stripTrailing() + closing(open));
        part = new StringBuilder(String.join("", open));
        rest = rest.substring(cut).stripLeading();
      }
      part.append(rest);
      track(open, rest);
    }
    if (!part.toString().isBlank()) {
      parts.add(part + closing(open));
    }
    return parts;
  }

  /** Updates the open-tag stack with the tags in {@code text}. */
  private static void track(Deque<String> open, String text) {
    Matcher m = TAG.matcher(text);
    while (m.find()) {
      if (m.group(1).isEmpty()) {
        open.addLast(m.group());
      } else {
        removeLast(open, m.group(2));
      }
    }
  }

  private static void removeLast(Deque<String> open, String name) {
    for (Iterator<String> it = open.descendingIterator(); it.hasNext(); ) {
      if (it.next().startsWith("<" + name)) {
        it.remove();
        return;
      }
    }
  }

  private static String closing(Deque<String> open) {
    StringBuilder out = new StringBuilder();
    for (Iterator<String> it = open.descendingIterator(); it.hasNext(); ) {
      Matcher m = TAG.matcher(it.next());
      if (m.find()) {
        out.append("</").append(m.group(2)).append('>');
      }
    }
    return out.toString();
  }

  /** Closing tags needed after {@code text} is appended whole. */
  private static String closingWith(Deque<String> open, String text) {
    Deque<String> after = new ArrayDeque<>(open);
    track(after, text);
    return closing(after);
  }

  /** Closing tags needed if a cut fell anywhere in {@code text}: those open now plus any {@code text} opens. */
  private static String closingAfter(Deque<String> open, String text) {
    Deque<String> worst = new ArrayDeque<>(open);
    Matcher m = TAG.matcher(text);
    while (m.find()) {
      if (m.group(1).isEmpty()) {
        worst.addLast(m.group());
      }
    }
    return closing(worst);
  }

  /** Where to cut {@code text} to keep at most {@code budget} characters: a sentence end, else a space. */
  static int cutPoint(String text, int budget) {
    int max = Math.max(1, Math.min(budget, text.length()));
    int sentence = -1;
    int space = -1;
    int safe = -1;
    boolean inTag = false;
    boolean inEntity = false;
    for (int i = 0; i < max; i++) {
      char c = text.charAt(i);
      if (c == '<') {
        inTag = true;
      } else if (c == '>') {
        inTag = false;
      } else if (c == '&') {
        inEntity = true;
      } else if (c == ';' && inEntity) {
        inEntity = false;
      }
      boolean boundary = !inTag && !inEntity && !(Character.isHighSurrogate(c));
      if (boundary) {
        safe = i + 1;
        if (c == ' ') {
          space = i + 1;
        }
        if (".!?。！？；".indexOf(c) >= 0) {
          sentence = i + 1;
        }
      }
    }
    if (sentence > max / 2) {
      return sentence;
    }
    if (space > max / 2) {
      return space;
    }
    return Math.max(1, safe);
  }
}
