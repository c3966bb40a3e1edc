-- The resource that embeds the one an event is about (a quote's article), so that another node following the log
-- can make stale the views that embed it, as the writing node does at commit, instead of dropping its whole cache.
-- Null for events written before this column existed, and for resources no other resource embeds.
ALTER TABLE change_event ADD COLUMN embedded_in VARCHAR(36);
