-- Version 8 for PostgreSQL: live updates between reviewers. Every edit an analyst makes writes a history row
-- (HistoryLog), so a trigger on history announces it on the channel "sourcelight" when its transaction commits
-- (NOTIFY; a rolled-back edit says nothing). Each open window LISTENs and shows the edits of the other
-- connections (ProjectStore::changedElsewhere). The payload is five words:
--     entity field entity_id document_id sentence_id
-- entity and field as history writes them (sentences attribution, claims verdict, documents imported, …); the
-- document and sentence the row belongs to, found here so that a window need not ask, or 0 when the row is gone
-- (a claim removed) or has none (a source, a tag). The server sends a payload repeated within one transaction
-- once. Inside a bulk write (an import: bulk_import holds a row) only the documents' lines are announced: a window
-- reads a new document's sentences and claims whole, and an import of thousands of claims stays one message each
-- document instead of one each claim.
CREATE FUNCTION sourcelight_announce_history() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    document BIGINT;
    sentence BIGINT;
BEGIN
    IF NEW.entity <> 'documents' AND EXISTS (SELECT 1 FROM bulk_import) THEN
        RETURN NULL;
    END IF;
    IF NEW.entity = 'sentences' THEN
        SELECT s.document_id, s.id INTO document, sentence FROM sentences s WHERE s.id = NEW.entity_id;
    ELSIF NEW.entity = 'claims' THEN
        SELECT s.document_id, s.id INTO document, sentence
            FROM claims c JOIN sentences s ON s.id = c.sentence_id WHERE c.id = NEW.entity_id;
    ELSIF NEW.entity = 'evidence' THEN
        SELECT s.document_id, s.id INTO document, sentence
            FROM evidence e JOIN claims c ON c.id = e.claim_id JOIN sentences s ON s.id = c.sentence_id
            WHERE e.id = NEW.entity_id;
    ELSIF NEW.entity = 'documents' THEN
        document := NEW.entity_id;
    END IF;
    PERFORM pg_notify('sourcelight', format('%s %s %s %s %s', NEW.entity, NEW.field, NEW.entity_id,
        coalesce(document, 0), coalesce(sentence, 0)));
    RETURN NULL;
END
$$;

CREATE TRIGGER history_announce AFTER INSERT ON history FOR EACH ROW EXECUTE FUNCTION sourcelight_announce_history();
