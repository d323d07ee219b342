-- The slow commands (/addfeed, an OPML import) are stored like links to summarize, before their message counts
-- as done, so a process killed before their reply resumes them at the next start instead of losing them. kind
-- says which; for a command, link holds its argument: /addfeed's address, the OPML file's Telegram file_id.
ALTER TABLE pending_links ADD COLUMN kind TEXT NOT NULL DEFAULT 'summary';
