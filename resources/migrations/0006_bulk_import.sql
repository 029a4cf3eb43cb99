-- Version 6: bulk import. The triggers of versions 4 and 5 keep the claims' source copy and the claim full-text
-- index current one row at a time. An import writes tens of thousands of new sentences, attributions and claims, and
-- FTS5 writes its pending index data out as a new segment at the start of every statement that may need undoing
-- (every multi-row insert, every statement that fires a trigger): row-at-a-time indexing left an import of 1,000
-- articles merging thousands of tiny segments.
--
-- While this table holds a row, a bulk write is under way in the current transaction: sentences above
-- sentence_mark and claims above claim_mark are new. The triggers below stand aside for them, and the store fills
-- the sentence index, the claim index and the source copy for all of them in one statement each before the
-- transaction commits, then deletes the row (ProjectStore::beginBulkWrite / finishBulkWrite). The row is written
-- and deleted inside that one transaction, so no other connection ever sees it, and a crash or a rollback takes it
-- away with everything else.
CREATE TABLE bulk_import (
    sentence_mark INTEGER NOT NULL,
    claim_mark INTEGER NOT NULL
);

DROP TRIGGER claims_source_insert;
DROP TRIGGER attributions_claims_insert;
DROP TRIGGER hops_claims_insert;
DROP TRIGGER claims_fts_insert;
DROP TRIGGER claims_fts_update;
DROP TRIGGER claims_fts_delete;

-- (A new claim is one above claim_mark; should the newest claims be deleted during a bulk write, a claim that gets
-- one of their ids back is kept by the triggers like any other.)
CREATE TRIGGER claims_source_insert AFTER INSERT ON claims
WHEN NOT EXISTS (SELECT 1 FROM bulk_import WHERE new.id > claim_mark) BEGIN
    UPDATE claims SET (source_id, source_anonymous) = (SELECT e.source_id, e.anonymous FROM sentence_sources e
        WHERE e.sentence_id = claims.sentence_id UNION ALL SELECT NULL, 0 LIMIT 1)
    WHERE id = new.id;
END;

-- Claims on sentences written in bulk are all recomputed when the bulk write finishes.
CREATE TRIGGER attributions_claims_insert AFTER INSERT ON attributions
WHEN NOT EXISTS (SELECT 1 FROM bulk_import WHERE new.sentence_id > sentence_mark) BEGIN
    UPDATE claims SET (source_id, source_anonymous) = (SELECT e.source_id, e.anonymous FROM sentence_sources e
        WHERE e.sentence_id = claims.sentence_id UNION ALL SELECT NULL, 0 LIMIT 1)
    WHERE sentence_id = new.sentence_id;
END;

CREATE TRIGGER hops_claims_insert AFTER INSERT ON attribution_hops
WHEN new.position = 0 AND NOT EXISTS (SELECT 1 FROM bulk_import b JOIN attributions a ON a.id = new.attribution_id
                                      WHERE a.sentence_id > b.sentence_mark) BEGIN
    UPDATE claims SET (source_id, source_anonymous) = (SELECT e.source_id, e.anonymous FROM sentence_sources e
        WHERE e.sentence_id = claims.sentence_id UNION ALL SELECT NULL, 0 LIMIT 1)
    WHERE sentence_id = (SELECT sentence_id FROM attributions WHERE id = new.attribution_id);
END;

-- A claim new in a bulk write is indexed when the write finishes; until then it has no row in claim_fts.
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims
WHEN NOT EXISTS (SELECT 1 FROM bulk_import WHERE new.id > claim_mark) BEGIN
    INSERT INTO claim_fts(rowid, sentence, note)
        VALUES (new.id, COALESCE((SELECT body FROM sentence_fts WHERE rowid = new.sentence_id), ''), new.note);
END;

CREATE TRIGGER claims_fts_update AFTER UPDATE OF note, sentence_id ON claims
WHEN NOT EXISTS (SELECT 1 FROM bulk_import WHERE new.id > claim_mark) BEGIN
    DELETE FROM claim_fts WHERE rowid = old.id;
    INSERT INTO claim_fts(rowid, sentence, note)
        VALUES (new.id, COALESCE((SELECT body FROM sentence_fts WHERE rowid = new.sentence_id), ''), new.note);
END;

CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims
WHEN NOT EXISTS (SELECT 1 FROM bulk_import WHERE old.id > claim_mark) BEGIN
    DELETE FROM claim_fts WHERE rowid = old.id;
END;
