package dev.newsbrief.telegram;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/** The bot's commands by name, in menu order. {@code /help} and the Telegram command menu are made from it. */
public final class CommandRegistry {
  /**
   * One command: its name without the slash, the text key of its one-line description, and what it does with
   * (message, args).
   */
  public record Command(String name, String descriptionKey, BiConsumer<Incoming, String> handler) {
    /** Operator commands have no description and stay out of the menu and {@code /help}. */
    public boolean listed() {
      return descriptionKey != null;
    }
  }

  private final Map<String, Command> commands = new LinkedHashMap<>();

  CommandRegistry add(String name, String descriptionKey, BiConsumer<Incoming, String> handler) {
    if (commands.putIfAbsent(name, new Command(name, descriptionKey, handler)) != null) {
      throw new IllegalArgumentException("command /" + name + " registered twice");
    }
    return this;
  }

  /** The command called {@code name} (case-insensitive), or null. */
  Command find(String name) {
    return commands.get(name.toLowerCase(Locale.ROOT));
  }

  /** The commands users see, in menu order. */
  public Collection<Command> all() {
    return commands.values().stream().filter(Command::listed).toList();
  }

  /** The {@code /help} text, one line per command. */
  String helpText(Texts t) {
    StringBuilder out = new StringBuilder();
    for (Command c : all()) {
      out.append('/').append(c.name()).append(" — ").append(Html.escape(t.get(c.descriptionKey()))).append('\n');
    }
    return out.toString();
  }
}
