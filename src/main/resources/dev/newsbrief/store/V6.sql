-- A new topic's look-back (the latest stories that match it) is queued after the topic is stored, in a
-- transaction of its own. 1 from the topic's insert until its look-back is queued, cleared in the same
-- transaction as those alerts: a crash in between is finished at the next start, not lost.
ALTER TABLE subscriptions ADD COLUMN look_back_pending INTEGER NOT NULL DEFAULT 0;
