-- Version 4: what the Claims filter needs to answer in milliseconds on a project of 500,000 sentences.
--
-- 1. Each claim carries the source its sentence rests on (the first hop of the effective attribution: the
--    analyst's when there is one, else the suggestion) and whether that mention is anonymous. Until version 3 the
--    filter worked this out per claim with a correlated subquery, which scanned every claim (0.25–0.6 s at 100,000
--    claims). Triggers keep the copy current on every path that writes attributions, hops or claims, so no code
--    path can forget it. (SQLite trigger syntax; the PostgreSQL backend will need its own triggers.)
-- 2. One full-text index over claims (rowid = claims.id) holding the sentence text and the note, in place of the
--    note-only index: a text filter then meets the claims directly instead of every matching sentence (a common
--    word matches most of the 500,000). Contentless: the text itself stays where it is (sentence_fts, claims).

ALTER TABLE claims ADD COLUMN source_id INTEGER;
ALTER TABLE claims ADD COLUMN source_anonymous INTEGER NOT NULL DEFAULT 0;

-- The first hop of each sentence's effective attribution (the analyst's when there is one, else the suggestion).
CREATE VIEW sentence_sources AS
    SELECT a.sentence_id, h.source_id, h.anonymous FROM attributions a
    JOIN attribution_hops h ON h.attribution_id = a.id AND h.position = 0
    WHERE a.id = (SELECT b.id FROM attributions b WHERE b.sentence_id = a.sentence_id
                  ORDER BY b.origin = 'suggested' LIMIT 1);

CREATE TRIGGER claims_source_insert AFTER INSERT ON claims BEGIN
    UPDATE claims SET source_id = (SELECT e.source_id FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id),
        source_anonymous = COALESCE((SELECT e.anonymous FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id), 0)
    WHERE id = new.id;
END;

CREATE TRIGGER claims_source_move AFTER UPDATE OF sentence_id ON claims BEGIN
    UPDATE claims SET source_id = (SELECT e.source_id FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id),
        source_anonymous = COALESCE((SELECT e.anonymous FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id), 0)
    WHERE id = new.id;
END;

CREATE TRIGGER attributions_claims_insert AFTER INSERT ON attributions BEGIN
    UPDATE claims SET source_id = (SELECT e.source_id FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id),
        source_anonymous = COALESCE((SELECT e.anonymous FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id), 0)
    WHERE sentence_id = new.sentence_id;
END;

CREATE TRIGGER attributions_claims_delete AFTER DELETE ON attributions BEGIN
    UPDATE claims SET source_id = (SELECT e.source_id FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id),
        source_anonymous = COALESCE((SELECT e.anonymous FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id), 0)
    WHERE sentence_id = old.sentence_id;
END;

CREATE TRIGGER attributions_claims_update AFTER UPDATE OF sentence_id, origin ON attributions BEGIN
    UPDATE claims SET source_id = (SELECT e.source_id FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id),
        source_anonymous = COALESCE((SELECT e.anonymous FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id), 0)
    WHERE sentence_id IN (old.sentence_id, new.sentence_id);
END;

-- A hop whose attribution is being deleted finds no attribution here; the attribution's own trigger covers it.
CREATE TRIGGER hops_claims_insert AFTER INSERT ON attribution_hops WHEN new.position = 0 BEGIN
    UPDATE claims SET source_id = (SELECT e.source_id FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id),
        source_anonymous = COALESCE((SELECT e.anonymous FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id), 0)
    WHERE sentence_id = (SELECT sentence_id FROM attributions WHERE id = new.attribution_id);
END;

CREATE TRIGGER hops_claims_delete AFTER DELETE ON attribution_hops WHEN old.position = 0 BEGIN
    UPDATE claims SET source_id = (SELECT e.source_id FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id),
        source_anonymous = COALESCE((SELECT e.anonymous FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id), 0)
    WHERE sentence_id = (SELECT sentence_id FROM attributions WHERE id = old.attribution_id);
END;

-- Merging sources re-points hops; a change of position, attribution or anonymity moves the first hop too.
CREATE TRIGGER hops_claims_update AFTER UPDATE OF attribution_id, position, source_id, anonymous ON attribution_hops
WHEN new.position = 0 OR old.position = 0 BEGIN
    UPDATE claims SET source_id = (SELECT e.source_id FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id),
        source_anonymous = COALESCE((SELECT e.anonymous FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id), 0)
    WHERE sentence_id IN (SELECT sentence_id FROM attributions WHERE id IN (old.attribution_id, new.attribution_id));
END;

UPDATE claims SET source_id = (SELECT e.source_id FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id),
    source_anonymous = COALESCE((SELECT e.anonymous FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id), 0);

CREATE INDEX claims_source ON claims(source_id);

DROP TRIGGER claims_fts_insert;
DROP TRIGGER claims_fts_delete;
DROP TRIGGER claims_fts_update;
DROP TABLE claim_note_fts;

CREATE VIRTUAL TABLE claim_fts USING fts5(sentence, note, content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2');

-- The sentence's text comes from sentence_fts, which the store fills when it writes the sentence (before any claim
-- can point at it).
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claim_fts(rowid, sentence, note)
        VALUES (new.id, COALESCE((SELECT body FROM sentence_fts WHERE rowid = new.sentence_id), ''), new.note);
END;

CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    DELETE FROM claim_fts WHERE rowid = old.id;
END;

CREATE TRIGGER claims_fts_update AFTER UPDATE OF note, sentence_id ON claims BEGIN
    DELETE FROM claim_fts WHERE rowid = old.id;
    INSERT INTO claim_fts(rowid, sentence, note)
        VALUES (new.id, COALESCE((SELECT body FROM sentence_fts WHERE rowid = new.sentence_id), ''), new.note);
END;

INSERT INTO claim_fts(rowid, sentence, note)
    SELECT c.id, COALESCE(f.body, ''), c.note FROM claims c LEFT JOIN sentence_fts f ON f.rowid = c.sentence_id;
