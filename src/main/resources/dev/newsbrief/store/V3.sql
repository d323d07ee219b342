-- Chats Telegram refuses to deliver to (the bot was blocked, kicked, or the chat is gone). Nothing is sent
-- there until the chat writes to the bot again.
CREATE TABLE inactive_chats (
  chat_id            INTEGER PRIMARY KEY,
  reason             TEXT NOT NULL,
  since              INTEGER NOT NULL
);
