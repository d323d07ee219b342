-- Topic alerts: feeds and their polling state, subscriptions, seen items, stories and the alert outbox.
-- Times are epoch milliseconds.

-- Every feed the bot polls: the built-in ones (config/feeds.yaml) and those chats added.
CREATE TABLE feeds (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  url                TEXT NOT NULL UNIQUE,
  title              TEXT,
  language           TEXT,
  builtin            INTEGER NOT NULL DEFAULT 0,
  etag               TEXT,
  last_modified      TEXT,
  -- Seconds between polls the feed asked for (ttl, Cache-Control max-age), or null for the default.
  interval_seconds   INTEGER,
  next_poll_at       INTEGER NOT NULL DEFAULT 0,
  failures           INTEGER NOT NULL DEFAULT 0,
  last_error         TEXT,
  last_ok_at         INTEGER,
  -- 1 once the first successful poll marked the feed's backlog seen.
  primed             INTEGER NOT NULL DEFAULT 0,
  -- 1 after a 410 or a feed removed by everyone: not polled.
  stopped            INTEGER NOT NULL DEFAULT 0,
  -- 1 once the chats were told it keeps failing; reset when it works again.
  failure_noticed    INTEGER NOT NULL DEFAULT 0,
  created_at         INTEGER NOT NULL
);
CREATE INDEX feeds_due ON feeds (stopped, next_poll_at);

-- Feeds a chat added with /addfeed or OPML.
CREATE TABLE chat_feeds (
  chat_id            INTEGER NOT NULL,
  feed_id            INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  added_at           INTEGER NOT NULL,
  PRIMARY KEY (chat_id, feed_id)
);
CREATE INDEX chat_feeds_feed ON chat_feeds (feed_id);

-- A chat's topics. query is the topic as typed; canonical is its normalised form (one per chat).
-- digest_minute: minute of the day (chat's time zone) for a daily digest, null for instant alerts.
CREATE TABLE subscriptions (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  chat_id            INTEGER NOT NULL,
  query              TEXT NOT NULL,
  canonical          TEXT NOT NULL,
  digest_minute      INTEGER,
  muted_until        INTEGER,
  created_at         INTEGER NOT NULL,
  UNIQUE (chat_id, canonical)
);

-- One story: items from different feeds about the same event.
CREATE TABLE stories (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  title              TEXT NOT NULL,
  link               TEXT,
  canonical_url      TEXT,
  summary            TEXT,
  -- Word/character shingles of the title and lead, space-separated hashes, for near-duplicate matching.
  shingles           TEXT,
  published_at       INTEGER,
  created_at         INTEGER NOT NULL
);
CREATE INDEX stories_canonical ON stories (canonical_url);
CREATE INDEX stories_created ON stories (created_at);

-- Items seen, by feed and identity (guid, else canonical link, else hash of title and date).
CREATE TABLE feed_items (
  feed_id            INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  item_key           TEXT NOT NULL,
  story_id           INTEGER REFERENCES stories (id) ON DELETE SET NULL,
  title              TEXT,
  link               TEXT,
  published_at       INTEGER,
  seen_at            INTEGER NOT NULL,
  PRIMARY KEY (feed_id, item_key)
);
CREATE INDEX feed_items_story ON feed_items (story_id);
CREATE INDEX feed_items_seen ON feed_items (seen_at);

-- Every source that reported a story.
CREATE TABLE story_sources (
  story_id           INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  feed_id            INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  source_name        TEXT,
  link               TEXT,
  added_at           INTEGER NOT NULL,
  PRIMARY KEY (story_id, feed_id)
);

-- Stories alerted to a chat: never again. message_id is filled once sent (for the "also reported by" edit).
CREATE TABLE alerts (
  chat_id            INTEGER NOT NULL,
  story_id           INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  subscription_id    INTEGER,
  message_id         INTEGER,
  also_edited        INTEGER NOT NULL DEFAULT 0,
  created_at         INTEGER NOT NULL,
  PRIMARY KEY (chat_id, story_id)
);

-- Messages to send, written in the same transaction that records what they announce; deleted once
-- Telegram accepted them. kind: 'alert' (story, subscription, topic), 'also' (story, detail = new source),
-- 'notice' (feed, detail = cause). due_at: not before (digest time), null = now.
CREATE TABLE alert_outbox (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  chat_id            INTEGER NOT NULL,
  kind               TEXT NOT NULL CHECK (kind IN ('alert', 'also', 'notice')),
  story_id           INTEGER REFERENCES stories (id) ON DELETE CASCADE,
  subscription_id    INTEGER,
  feed_id            INTEGER,
  topic              TEXT,
  detail             TEXT,
  due_at             INTEGER,
  attempts           INTEGER NOT NULL DEFAULT 0,
  created_at         INTEGER NOT NULL
);
CREATE INDEX alert_outbox_chat ON alert_outbox (chat_id, id);

-- The chat's time zone for digests (IANA id), null = UTC.
ALTER TABLE chat_settings ADD COLUMN time_zone TEXT;
