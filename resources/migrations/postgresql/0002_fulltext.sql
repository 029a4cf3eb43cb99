-- Version 2 for PostgreSQL: full-text search with tsvector (../0002_fulltext.sql uses SQLite's FTS5), behind the
-- same FullTextSearch interface (PostgresFullTextSearch).
-- Sentence text lives in sentence_fts (id = sentences.id): the store indexes it when it writes sentences, because
-- SQL substr() counts code points and our offsets are UTF-16. The migration step's C++ part fills it for existing
-- documents. The 'simple' configuration lower-cases words and does not stem them, as FTS5's unicode61 tokenizer.
CREATE TABLE sentence_fts (
    id BIGINT PRIMARY KEY REFERENCES sentences(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    words tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED
);
CREATE INDEX sentence_fts_words ON sentence_fts USING gin (words);

-- Claim notes (version 4 replaces this with an index over sentence and note together).
CREATE INDEX claims_note_words ON claims USING gin (to_tsvector('simple', note));
