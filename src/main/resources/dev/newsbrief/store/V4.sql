-- Links taken from a message but not answered yet. A row is written before the update is confirmed to
-- Telegram and deleted once the reply is out, so a crash in between is resumed at the next start.
CREATE TABLE pending_links (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  chat_id            INTEGER NOT NULL,
  message_id         INTEGER NOT NULL,
  thread_id          INTEGER,
  link               TEXT NOT NULL,
  forwarded_from     TEXT,
  points             INTEGER NOT NULL,
  link_preview       INTEGER NOT NULL,
  language           TEXT NOT NULL,
  placeholder_id     INTEGER,
  created_at         INTEGER NOT NULL
);
