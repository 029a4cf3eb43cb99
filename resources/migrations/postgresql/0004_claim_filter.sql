-- Version 4 for PostgreSQL (see ../0004_claim_filter.sql): each claim carries the source its sentence rests on and
-- whether that mention is anonymous, kept current by triggers on every path that writes attributions, hops or
-- claims; one full-text index over each claim's sentence text and note.
-- PostgreSQL sets a new claim's copy before the row is written (a BEFORE trigger) rather than updating it after.
-- No project on a server predates this schema, so its triggers are written here as SQLite's stand after version 6:
-- they stand aside for the rows of a bulk write (bulk_import, which only versions 6 and later fill).

CREATE TABLE bulk_import (
    sentence_mark BIGINT NOT NULL,
    claim_mark BIGINT NOT NULL
);

ALTER TABLE claims ADD COLUMN source_id BIGINT;
ALTER TABLE claims ADD COLUMN source_anonymous INTEGER NOT NULL DEFAULT 0;

-- The first hop of each sentence's effective attribution (the analyst's when there is one, else the suggestion).
CREATE VIEW sentence_sources AS
    SELECT a.sentence_id, h.source_id, h.anonymous FROM attributions a
    JOIN attribution_hops h ON h.attribution_id = a.id AND h.position = 0
    WHERE a.id = (SELECT b.id FROM attributions b WHERE b.sentence_id = a.sentence_id
                  ORDER BY b.origin = 'suggested' LIMIT 1);

-- Sets the copy on the claims of these sentences, writing only those that change.
CREATE FUNCTION sourcelight_claim_sources(sentence_ids BIGINT[]) RETURNS void LANGUAGE sql AS $$
    UPDATE claims SET source_id = v.source_id, source_anonymous = v.anonymous
    FROM (SELECT c.id, e.source_id, COALESCE(e.anonymous, 0) AS anonymous FROM claims c
          LEFT JOIN sentence_sources e ON e.sentence_id = c.sentence_id WHERE c.sentence_id = ANY (sentence_ids)) v
    WHERE claims.id = v.id
      AND (claims.source_id IS DISTINCT FROM v.source_id OR claims.source_anonymous IS DISTINCT FROM v.anonymous)
$$;

CREATE FUNCTION claims_source_copy() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE FUNCTION attributions_claim_sources() RETURNS trigger LANGUAGE plpgsql AS $$
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

-- A hop whose attribution is being deleted finds no attribution here; the attribution's own trigger covers it.
CREATE FUNCTION hops_claim_sources() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE TRIGGER claims_source BEFORE INSERT OR UPDATE OF sentence_id ON claims
    FOR EACH ROW EXECUTE FUNCTION claims_source_copy();
CREATE TRIGGER attributions_claims AFTER INSERT OR DELETE OR UPDATE OF sentence_id, origin ON attributions
    FOR EACH ROW EXECUTE FUNCTION attributions_claim_sources();
CREATE TRIGGER hops_claims AFTER INSERT OR DELETE OR UPDATE OF attribution_id, position, source_id, anonymous
    ON attribution_hops FOR EACH ROW EXECUTE FUNCTION hops_claim_sources();

UPDATE claims SET source_id = (SELECT e.source_id FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id),
    source_anonymous = COALESCE((SELECT e.anonymous FROM sentence_sources e WHERE e.sentence_id = claims.sentence_id), 0);

CREATE INDEX claims_source ON claims(source_id);

-- Claims' sentence text and note in one index (id = claims.id), in place of the note-only index.
DROP INDEX claims_note_words;
CREATE TABLE claim_fts (
    id BIGINT PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    words tsvector NOT NULL
);
CREATE INDEX claim_fts_words ON claim_fts USING gin (words);

-- The sentence's text comes from sentence_fts, which the store fills when it writes the sentence (before any claim
-- can point at it).
CREATE FUNCTION claims_index_words() RETURNS trigger LANGUAGE plpgsql AS $$
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
CREATE TRIGGER claims_words AFTER INSERT OR UPDATE OF note, sentence_id ON claims
    FOR EACH ROW EXECUTE FUNCTION claims_index_words();

INSERT INTO claim_fts (id, words)
    SELECT c.id, to_tsvector('simple', COALESCE(f.body, '')) || to_tsvector('simple', c.note)
    FROM claims c LEFT JOIN sentence_fts f ON f.id = c.sentence_id;
