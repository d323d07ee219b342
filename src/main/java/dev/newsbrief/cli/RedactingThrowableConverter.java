package dev.newsbrief.cli;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.newsbrief.config.Secret;

/** Logback's {@code %ex} with every secret masked: exception messages often carry the request URL. */
public final class RedactingThrowableConverter extends ThrowableProxyConverter {
  @Override
  public String convert(ILoggingEvent event) {
    return Secret.redact(super.convert(event));
  }
}
