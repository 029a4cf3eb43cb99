-- Version 6 for PostgreSQL (see ../0006_bulk_import.sql): while bulk_import holds a row (only ever inside the
-- writing transaction, so no other session sees it), the triggers stand aside for the new rows — sentences above
-- sentence_mark, claims above claim_mark — and the store fills the claims' source copy and the claim index for all
-- of them at once before the transaction commits.
CREATE TABLE bulk_import (
    sentence_mark BIGINT NOT NULL,
    claim_mark BIGINT NOT NULL
);

CREATE OR REPLACE FUNCTION claims_source_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND EXISTS (SELECT 1 FROM bulk_import WHERE NEW.id > claim_mark) THEN
        RETURN NEW;
    END IF;
    SELECT e.source_id, e.anonymous INTO NEW.source_id, NEW.source_anonymous FROM sentence_sources e
        WHERE e.sentence_id = NEW.sentence_id;
    IF NOT FOUND THEN
        NEW.source_id := NULL;
        NEW.source_anonymous := 0;
    END IF;
    RETURN NEW;
END
$$;

-- Claims on sentences written in bulk are all recomputed when the bulk write finishes.
CREATE OR REPLACE FUNCTION attributions_claim_sources() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT EXISTS (SELECT 1 FROM bulk_import WHERE NEW.sentence_id > sentence_mark) THEN
            PERFORM sourcelight_claim_sources(ARRAY[NEW.sentence_id]);
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM sourcelight_claim_sources(ARRAY[OLD.sentence_id]);
    ELSE
        PERFORM sourcelight_claim_sources(ARRAY[OLD.sentence_id, NEW.sentence_id]);
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION hops_claim_sources() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.position = 0 AND NOT EXISTS (SELECT 1 FROM bulk_import b JOIN attributions a ON a.id = NEW.attribution_id
                                            WHERE a.sentence_id > b.sentence_mark) THEN
            PERFORM sourcelight_claim_sources(ARRAY(SELECT sentence_id FROM attributions WHERE id = NEW.attribution_id));
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        IF OLD.position = 0 THEN
            PERFORM sourcelight_claim_sources(ARRAY(SELECT sentence_id FROM attributions WHERE id = OLD.attribution_id));
        END IF;
    ELSIF NEW.position = 0 OR OLD.position = 0 THEN
        PERFORM sourcelight_claim_sources(
            ARRAY(SELECT sentence_id FROM attributions WHERE id IN (OLD.attribution_id, NEW.attribution_id)));
    END IF;
    RETURN NULL;
END
$$;

-- A claim new in a bulk write is indexed when the write finishes; until then it has no row in claim_fts.
CREATE OR REPLACE FUNCTION claims_index_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM bulk_import WHERE NEW.id > claim_mark) THEN
        RETURN NULL;
    END IF;
    INSERT INTO claim_fts (id, words)
        SELECT NEW.id, to_tsvector('simple', COALESCE((SELECT f.body FROM sentence_fts f WHERE f.id = NEW.sentence_id), ''))
            || to_tsvector('simple', NEW.note)
    ON CONFLICT (id) DO UPDATE SET words = EXCLUDED.words;
    RETURN NULL;
END
$$;
