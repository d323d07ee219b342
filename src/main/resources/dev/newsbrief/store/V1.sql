-- Per-chat settings. Absent row = defaults.
CREATE TABLE chat_settings (
  chat_id            INTEGER PRIMARY KEY,
  points             INTEGER NOT NULL,
  link_preview       INTEGER NOT NULL,
  summarize_all      INTEGER NOT NULL,
  language           TEXT,
  updated_at         INTEGER NOT NULL
);

-- Messages already answered, so an update delivered again after a restart is not answered twice.
CREATE TABLE handled_messages (
  chat_id            INTEGER NOT NULL,
  message_id         INTEGER NOT NULL,
  handled_at         INTEGER NOT NULL,
  PRIMARY KEY (chat_id, message_id)
);
CREATE INDEX handled_messages_age ON handled_messages (handled_at);
