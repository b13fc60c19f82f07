-- `list` orders pending invitations by score, then newest first (InvitationFilter.orderClause).
-- The ranking index had no time: SQLite read every invitation sharing the top scores to sort
-- them by time (784 pages of 16 KB for the first 50 of a million). With the time in the
-- index, read backwards, it reads the 50 rows it shows: the rowid ends every index entry, so
-- `score DESC, sent_at DESC, id DESC` is this index's order reversed.
DROP INDEX invitation_ranking;
CREATE INDEX invitation_ranking ON invitation (status, score, sent_at);
