-- Summaries the bot sent, so their More / Shorter buttons know which article they belong to.
CREATE TABLE brief_messages (
  chat_id            INTEGER NOT NULL,
  message_id         INTEGER NOT NULL,
  url                TEXT NOT NULL,
  points             INTEGER NOT NULL,
  forwarded_from     TEXT,
  created_at         INTEGER NOT NULL,
  PRIMARY KEY (chat_id, message_id)
);
CREATE INDEX brief_messages_age ON brief_messages (created_at);
