-- A message is claimed before it is handled and marked done once its effects are stored (links queued,
-- topic saved, reply sent). A claim left unfinished by a process that died (run differs) is handled again
-- when Telegram delivers the update again, instead of being skipped and lost.
ALTER TABLE handled_messages ADD COLUMN done INTEGER NOT NULL DEFAULT 1;
ALTER TABLE handled_messages ADD COLUMN run TEXT;
