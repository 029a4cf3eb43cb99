-- Version 10 for PostgreSQL: the hop trigger of version 4 finds its attribution's sentence with a lookup by key
-- before it asks whether a bulk write stands it aside. Its old test joined bulk_import to attributions in one
-- EXISTS; PL/pgSQL keeps that statement's plan for the session, and a plan made while attributions was small scans
-- the whole table for every new hop: an import into a team project slowed with every row it wrote (5,009 scans of
-- attributions for 5,000 sentences). A lookup by primary key stays an index probe at any size.
CREATE OR REPLACE FUNCTION hops_claim_sources() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sentence BIGINT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.position = 0 THEN
            SELECT a.sentence_id INTO sentence FROM attributions a WHERE a.id = NEW.attribution_id;
            IF NOT EXISTS (SELECT 1 FROM bulk_import b WHERE sentence > b.sentence_mark) THEN
                PERFORM sourcelight_claim_sources(ARRAY[sentence]);
            END IF;
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
