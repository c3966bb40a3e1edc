-- What an editor did to a quote outlives a new version of its page (issue 15's curation loop): a re-ingest matches
-- the page's quotes to the stored ones by the text the page gave (page_text, kept when an editor corrects the text)
-- and leaves a quote an editor changed through the API (edited_at set) as the editor left it.
ALTER TABLE quote ADD COLUMN page_text VARCHAR(10000);
ALTER TABLE quote ADD COLUMN edited_at TIMESTAMP WITH TIME ZONE;
