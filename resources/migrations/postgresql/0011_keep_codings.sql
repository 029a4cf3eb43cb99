-- Version 11 for PostgreSQL: a reviewer's own codings (independent review, coder_id set) go only by that reviewer's
-- hand or an admin's. A row policy cannot say this: a sentence removed by a merge takes its attributions and claims
-- with it through the foreign keys, and those deletes pass no policy — nor would the merging curator, or a reviewer
-- in shared mode, see the codings to keep them. The trigger sees every row deleted, however it goes, and refuses:
-- the merge is undone whole and the window says why. Removing a document or putting a backup back stay an admin's.
-- A delete that the foreign keys cascade runs as the tables' owner (an admin): who deletes is the session's login.
CREATE FUNCTION sourcelight_keep_codings() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    part TEXT;
    layer BIGINT;
BEGIN
    SELECT s.part, CASE WHEN s.independent AND s.part = 'reviewer' THEN s.reviewer END INTO part, layer
    FROM sourcelight_reviewer_of(session_user) s;
    IF OLD.coder_id IS DISTINCT FROM layer AND part IS DISTINCT FROM 'admin' THEN
        RAISE EXCEPTION 'reviewers coded sentence % on their own; removing it would drop their codings',
            OLD.sentence_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
END
$$;
CREATE TRIGGER attributions_keep_codings BEFORE DELETE ON attributions
    FOR EACH ROW WHEN (OLD.coder_id IS NOT NULL) EXECUTE FUNCTION sourcelight_keep_codings();
CREATE TRIGGER claims_keep_codings BEFORE DELETE ON claims
    FOR EACH ROW WHEN (OLD.coder_id IS NOT NULL) EXECUTE FUNCTION sourcelight_keep_codings();

-- Its search path fixed, as every function's is (0009_team_roles.sql).
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION sourcelight_keep_codings() SET search_path = pg_catalog, %I, pg_temp',
        current_schema());
END
$$;
