-- Version 2: full-text search (SQLite FTS5; the PostgreSQL backend will use tsvector columns instead, behind
-- the same FullTextSearch interface).
-- Sentence text lives in the FTS table itself (rowid = sentences.id): the store indexes it when it writes
-- sentences, because SQL substr() counts code points and our offsets are UTF-16. The migration step's C++ part
-- fills it for existing documents.
CREATE VIRTUAL TABLE sentence_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    DELETE FROM sentence_fts WHERE rowid = old.id;
END;

-- Claim notes: an external-content index kept current by triggers.
CREATE VIRTUAL TABLE claim_note_fts USING fts5(note, content = 'claims', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claim_note_fts(rowid, note) VALUES (new.id, new.note);
END;

CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claim_note_fts(claim_note_fts, rowid, note) VALUES ('delete', old.id, old.note);
END;

CREATE TRIGGER claims_fts_update AFTER UPDATE OF note ON claims BEGIN
    INSERT INTO claim_note_fts(claim_note_fts, rowid, note) VALUES ('delete', old.id, old.note);
    INSERT INTO claim_note_fts(rowid, note) VALUES (new.id, new.note);
END;

INSERT INTO claim_note_fts(claim_note_fts) VALUES ('rebuild');
