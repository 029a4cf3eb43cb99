-- Version 13 for PostgreSQL: a sentence that reviewers coded on their own keeps its boundaries, whoever would change
-- them. The window refuses a curator's or admin's split or merge of such a sentence (it reads the codings first),
-- and version 11 refuses the delete a merge cascades to them; but a reviewer in shared mode, who may not read the
-- codings, could split one, and its codings stayed on the first part's words. This trigger looks for codings with the
-- rights of the function's owner (an admin), reading them as an admin does, and refuses every change of a coded
-- sentence's span: the split or merge is undone whole and the window says why.
CREATE FUNCTION sourcelight_sentence_coded(sentence BIGINT) RETURNS BOOLEAN LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    was TEXT := COALESCE(current_setting('sourcelight.codings', true), '');
    coded BOOLEAN;
BEGIN
    PERFORM set_config('sourcelight.codings', 'on', true);
    SELECT EXISTS (SELECT 1 FROM attributions WHERE sentence_id = sentence AND coder_id IS NOT NULL)
        OR EXISTS (SELECT 1 FROM claims WHERE sentence_id = sentence AND coder_id IS NOT NULL) INTO coded;
    PERFORM set_config('sourcelight.codings', was, true);
    RETURN coded;
END
$$;

CREATE FUNCTION sourcelight_keep_coded_boundaries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF sourcelight_sentence_coded(OLD.id) THEN
        RAISE EXCEPTION 'reviewers coded sentence % on their own; splitting or merging it would move their codings '
            'onto other words', OLD.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER sentences_keep_coded_boundaries BEFORE UPDATE OF start_offset, end_offset ON sentences
    FOR EACH ROW WHEN (OLD.start_offset IS DISTINCT FROM NEW.start_offset OR OLD.end_offset IS DISTINCT FROM NEW.end_offset)
    EXECUTE FUNCTION sourcelight_keep_coded_boundaries();

-- Their search paths fixed, as every function's is (0009_team_roles.sql); the reader of codings runs with its
-- owner's rights, so it must never find a table of the caller's making first.
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION sourcelight_sentence_coded(BIGINT) SET search_path = pg_catalog, %I, pg_temp',
        current_schema());
    EXECUTE format('ALTER FUNCTION sourcelight_keep_coded_boundaries() SET search_path = pg_catalog, %I, pg_temp',
        current_schema());
END
$$;
