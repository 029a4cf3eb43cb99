-- Version 12 for PostgreSQL: an admin may write every reviewer's codings and done marks, and, in a restore, a new
-- decision or history line in the name it gives (or none), as putting a team's backup back needs (sourcelight import of a complete export
-- --codings). Before, only a coding's own reviewer could write it, and every row went in under the writer's name, so
-- the codings and done marks of a backup could not be restored by the project's owner (row-level security is forced
-- on the owner too), and the final decisions of an owner listed in the team came back as theirs. It widens nothing
-- an admin could not do already: the owner owns the tables. A reviewer's rights are as they were, and a curator
-- still writes only the final decisions, in their own name.
CREATE OR REPLACE FUNCTION sourcelight_may_decide(coder BIGINT, sentence BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE AS $$
    SELECT sourcelight_role() = 'admin' OR (sourcelight_role() IS NOT NULL AND coder IS NOT DISTINCT FROM sourcelight_layer()
        AND (coder IS NULL OR NOT sourcelight_done(sentence)))
$$;
CREATE POLICY reviews_restore ON document_reviews FOR INSERT WITH CHECK ((SELECT sourcelight_role()) = 'admin');

CREATE OR REPLACE FUNCTION sourcelight_decision_author() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me BIGINT;
    part TEXT;
    independent BOOLEAN;
BEGIN
    SELECT s.reviewer, s.part, s.independent INTO me, part, independent FROM sourcelight_reviewer_of(current_user) s;
    IF TG_OP = 'UPDATE' THEN
        NEW.coder_id := OLD.coder_id;
    ELSIF NEW.coder_id IS NULL OR part IS DISTINCT FROM 'admin' THEN
        NEW.coder_id := CASE WHEN independent AND part = 'reviewer' THEN me END;
    END IF;
    -- A history line too: nobody writes in someone else's name, but an admin putting a backup back
    -- (ProjectStore::clearForRestore() marks the transaction), whose rows keep the names they had, or none.
    IF me IS NOT NULL AND NOT (TG_OP = 'INSERT' AND part = 'admin'
                               AND COALESCE(current_setting('sourcelight.restoring', true), '') = 'on') THEN
        NEW.reviewer_id := me;
    END IF;
    RETURN NEW;
END
$$;

-- Their search paths fixed again (CREATE OR REPLACE drops them), as every function's is (0009_team_roles.sql).
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION sourcelight_may_decide(BIGINT, BIGINT) SET search_path = pg_catalog, %I, pg_temp',
        current_schema());
    EXECUTE format('ALTER FUNCTION sourcelight_decision_author() SET search_path = pg_catalog, %I, pg_temp',
        current_schema());
END
$$;
