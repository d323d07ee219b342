-- Short replies (to commands, the settings and topic lists) that Telegram could not take for a reason that may
-- pass (it was down, a connection dropped, a 429 longer than the outbox waits). Sent again in order per chat and
-- deleted once Telegram takes them; a final refusal or a day's age drops them. keyboard is the inline keyboard as
-- JSON, or null.
CREATE TABLE unsent_replies (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  chat_id            INTEGER NOT NULL,
  thread_id          INTEGER,
  reply_to           INTEGER,
  html               TEXT NOT NULL,
  keyboard           TEXT,
  created_at         INTEGER NOT NULL
);
CREATE INDEX unsent_replies_chat ON unsent_replies (chat_id, id);
