package dev.newsbrief.cli;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.newsbrief.config.Secret;

/** Logback's {@code %msg} with every secret (the bot token) masked, whoever logged it. */
public final class RedactingMessageConverter extends MessageConverter {
  @Override
  public String convert(ILoggingEvent event) {
    return Secret.redact(super.convert(event));
  }
}
