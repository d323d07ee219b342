package dev.newsbrief.telegram;

/**
 * An outbox for tests that record only what is sent and edited: "typing…" and button answers go nowhere, and
 * nobody administers any chat. Subclasses write {@code send} and {@code edit}.
 */
abstract class TestOutbox implements Outbox {

  @Override
  public void typing(long chatId, Integer threadId) {
  }

  @Override
  public void answerCallback(String callbackId, String text) {
  }

  @Override
  public boolean isAdmin(long chatId, long userId) {
    return false;
  }
}
