package dev.newsbrief.config;

/** The configuration is unusable; the message names the bad key or variable and its value. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
