-- An article's body (its paragraphs as one JSON array, up to 1,000,000 characters) moves to its own table. H2 keeps a
-- row's columns together in MVStore leaf pages and decodes whole pages, so every list, search page and feed without
-- full text read (and cached) the bodies of the rows it touched although none selected the body: at 20,000 articles
-- reading a search page's 20 hit rows was 18-21% of the request's CPU, 87% of it in H2's page cache and string
-- decoding (bench/results/2026-12-06-n20000-search-s27.md). PostgreSQL TOASTs a long body apart anyway; a short one
-- no longer widens the article rows it shares a page with.
--
-- The reference points from article to article_body, as Hibernate writes the pair (Article owns a lazy to-one keyed
-- by its own id, so the body row is inserted before its article and deleted after it): no article without a body.
CREATE TABLE article_body (
    article_id  VARCHAR(36)      PRIMARY KEY,
    body        VARCHAR(1000000) NOT NULL
);
INSERT INTO article_body (article_id, body) SELECT id, body FROM article;
ALTER TABLE article ADD CONSTRAINT fk_article_body FOREIGN KEY (id) REFERENCES article_body (article_id);
ALTER TABLE article DROP COLUMN body;
