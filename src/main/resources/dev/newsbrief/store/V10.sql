-- The lead of a story's article (its first paragraphs, about 800 characters), kept when it was read to match
-- topics because the feed gave too little text; null otherwise. A new topic's look-back matches it as the
-- poll did.
ALTER TABLE stories ADD COLUMN article_lead TEXT;
