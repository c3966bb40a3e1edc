-- Pruning the change log (lede.changes.retention) asks for the first event written at or after the cutoff:
-- min(seq) where occurred_at >= cutoff. Without an index that read scanned the whole table at every pruning tick and
-- again for every batch of a long backlog. With (occurred_at, seq) it is a range of this index: empty when nothing
-- is due, and PostgreSQL answers min(seq) from the index alone. The log is appended in time order, so each insert
-- lands at the index's right edge.
CREATE INDEX ix_change_event_occurred_at ON change_event (occurred_at, seq);
