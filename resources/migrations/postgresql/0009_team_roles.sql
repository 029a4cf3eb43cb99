-- Version 9 for PostgreSQL: who may do what, enforced by the server; and independent review.
--
-- Every person connects with a database role of their own (a login). The reviewers table maps a login to a
-- reviewer and gives them one of three parts:
--     reviewer  makes decisions (attributions, claims, their tags and evidence) under their own name;
--     curator   also writes the final decisions, splits and merges sentences and edits document details;
--     admin     also imports and removes documents, manages the codebook (tags), the reviewers and the mode.
-- The role that owns the project (whoever created it) and superusers are admins without a row. A login with no row
-- sees nothing and changes nothing. Row-level security (forced, so it binds the owner too; superusers are exempt,
-- as PostgreSQL exempts them from all of it) does the refusing: the app cannot be talked out of it.
--
-- A project is in one of two modes (project_settings.review_mode):
--     shared       one decision per sentence, everyone's edits seen at once (as before this version);
--     independent  each reviewer's attributions and claims are their own (coder_id = their reviewer id), hidden from
--                  the other reviewers; the decisions with no coder are the final ones, which curators write.
-- A reviewer marks a document done (document_reviews) when they have coded it; from then on they may read the
-- other reviewers' codings of it (after "SET sourcelight.codings = on": agreement, adjudication), and no longer
-- change their own. Curators and admins may read every coding. A window never asks for the codings of others, so
-- what it reads is exactly one layer: the reviewer's own, or the final one.
ALTER TABLE reviewers ADD COLUMN login TEXT COLLATE "C" UNIQUE;
ALTER TABLE reviewers ADD COLUMN role TEXT COLLATE "C" NOT NULL DEFAULT 'reviewer'
    CHECK (role IN ('reviewer', 'curator', 'admin'));

CREATE TABLE project_settings (
    key TEXT COLLATE "C" PRIMARY KEY,
    value TEXT COLLATE "C" NOT NULL
);
INSERT INTO project_settings (key, value) VALUES ('review_mode', 'shared');

CREATE TABLE document_reviews (
    document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    reviewer_id BIGINT NOT NULL REFERENCES reviewers(id),
    done_at TEXT NOT NULL,
    PRIMARY KEY (document_id, reviewer_id)
);

ALTER TABLE attributions ADD COLUMN coder_id BIGINT REFERENCES reviewers(id);
ALTER TABLE claims ADD COLUMN coder_id BIGINT REFERENCES reviewers(id);
ALTER TABLE history ADD COLUMN coder_id BIGINT REFERENCES reviewers(id);
DROP INDEX attributions_human;
CREATE UNIQUE INDEX attributions_human ON attributions(sentence_id) WHERE origin <> 'suggested' AND coder_id IS NULL;
CREATE UNIQUE INDEX attributions_coded ON attributions(sentence_id, coder_id) WHERE coder_id IS NOT NULL;
CREATE INDEX claims_coder ON claims(coder_id) WHERE coder_id IS NOT NULL;
-- A suggestion is everyone's: it never belongs to a reviewer's layer.
ALTER TABLE attributions ADD CONSTRAINT attributions_suggestion_shared CHECK (origin <> 'suggested' OR coder_id IS NULL);

-- Who the login is: their reviewer row, their part, and whether the project is in independent mode. It reads the
-- reviewers and the settings as whoever made this step (SECURITY DEFINER: the project's owner, who created the
-- project, or a superuser), so the policies below may call it without going round in circles; inside it
-- current_user is that role, and a member of it (the owner, a superuser) is an admin. Its search path, like every
-- function's here, is fixed at the end of this step.
CREATE FUNCTION sourcelight_reviewer_of(who NAME, OUT reviewer BIGINT, OUT part TEXT, OUT independent BOOLEAN)
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT r.id,
           COALESCE(r.role, CASE WHEN pg_has_role(who, current_user, 'MEMBER') THEN 'admin' END),
           COALESCE((SELECT value = 'independent' FROM project_settings WHERE key = 'review_mode'), false)
    FROM (SELECT 1) one LEFT JOIN reviewers r ON r.login = who
$$;

CREATE FUNCTION sourcelight_me() RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT reviewer FROM sourcelight_reviewer_of(current_user)
$$;

CREATE FUNCTION sourcelight_role() RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT part FROM sourcelight_reviewer_of(current_user)
$$;

-- The coder of the decisions this login reads and writes: their own id for a reviewer in independent mode, else
-- none (the shared or final decisions).
CREATE FUNCTION sourcelight_layer() RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN independent AND part = 'reviewer' THEN reviewer END FROM sourcelight_reviewer_of(current_user)
$$;

-- Whether this login may change the documents' shape (sentences, details, suggestions): curators and admins, and
-- in shared mode every reviewer.
CREATE FUNCTION sourcelight_may_shape() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT COALESCE(part IN ('admin', 'curator') OR (part = 'reviewer' AND NOT independent), false)
    FROM sourcelight_reviewer_of(current_user)
$$;

-- Whether this login has marked the document of the sentence done.
CREATE FUNCTION sourcelight_done(sentence BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM document_reviews d JOIN sentences s ON s.document_id = d.document_id
                   WHERE s.id = sentence AND d.reviewer_id = sourcelight_me())
$$;

-- Whether this session asked to read others' codings (SET sourcelight.codings = on), and may for this sentence.
CREATE FUNCTION sourcelight_reading_codings() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT COALESCE(current_setting('sourcelight.codings', true) = 'on', false)
$$;

CREATE FUNCTION sourcelight_may_read_coding(sentence BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT COALESCE(sourcelight_role() IN ('admin', 'curator'), false) OR sourcelight_done(sentence)
$$;

-- Whether this login may write a decision of that coder on that sentence: only in their own layer, and a reviewer
-- only until they marked the document done.
CREATE FUNCTION sourcelight_may_decide(coder BIGINT, sentence BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT sourcelight_role() IS NOT NULL AND coder IS NOT DISTINCT FROM sourcelight_layer()
        AND (coder IS NULL OR NOT sourcelight_done(sentence))
$$;

-- The write tests of the decision tables, row by row (the policies below).
CREATE FUNCTION sourcelight_may_write_attribution(origin TEXT, coder BIGINT, sentence BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN origin = 'suggested' THEN sourcelight_may_shape() ELSE sourcelight_may_decide(coder, sentence) END
$$;

CREATE FUNCTION sourcelight_may_write_hop(attribution BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM attributions a WHERE a.id = attribution
                   AND sourcelight_may_write_attribution(a.origin, a.coder_id, a.sentence_id))
$$;

-- A claim's tags and evidence are written by whoever may write the claim.
CREATE FUNCTION sourcelight_may_write_claim_part(claim BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM claims c WHERE c.id = claim AND sourcelight_may_decide(c.coder_id, c.sentence_id))
$$;

-- A decision is written under the name of the login that writes it, in its layer. The row's coder never changes;
-- an admin may give one explicitly (putting a backup or a published project back).
CREATE FUNCTION sourcelight_decision_author() RETURNS trigger LANGUAGE plpgsql AS $$
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
    IF me IS NOT NULL THEN
        NEW.reviewer_id := me; -- a history line too: nobody writes in someone else's name
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER attributions_author BEFORE INSERT OR UPDATE ON attributions
    FOR EACH ROW WHEN (NEW.origin <> 'suggested') EXECUTE FUNCTION sourcelight_decision_author();
CREATE TRIGGER claims_author BEFORE INSERT OR UPDATE ON claims
    FOR EACH ROW EXECUTE FUNCTION sourcelight_decision_author();
CREATE TRIGGER history_author BEFORE INSERT ON history
    FOR EACH ROW EXECUTE FUNCTION sourcelight_decision_author();

-- The views read the tables with the reader's rights, so they show the reader's layer.
ALTER VIEW effective_attributions SET (security_invoker = true);
ALTER VIEW sentence_sources SET (security_invoker = true);

-- The rights. Every login that may connect to the database may use its tables; the policies decide which rows.
-- Reading and writing have policies of their own (no FOR ALL): PostgreSQL ORs every policy that applies to a
-- command, and a write policy's per-row test would then run on every row read (a claims count as a reviewer took
-- 13 s instead of 30 ms on 250,000 claims).
DO $$
DECLARE
    t TEXT;
BEGIN
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO PUBLIC', current_schema());
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO PUBLIC', current_schema());
    REVOKE INSERT, UPDATE, DELETE ON sourcelight_schema FROM PUBLIC;
    FOREACH t IN ARRAY ARRAY['reviewers', 'project_settings', 'document_reviews', 'documents', 'sentences',
        'sentence_fts', 'sources', 'source_aliases', 'attributions', 'attribution_hops', 'claims', 'tags',
        'claim_tags', 'evidence', 'claim_fts', 'history', 'bulk_import'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    END LOOP;
END
$$;

-- Read by everyone with a part; written by admins.
CREATE POLICY reviewers_read ON reviewers FOR SELECT USING (true);
CREATE POLICY reviewers_admin_add ON reviewers FOR INSERT WITH CHECK ((SELECT sourcelight_role()) = 'admin');
CREATE POLICY reviewers_admin_change ON reviewers FOR UPDATE USING ((SELECT sourcelight_role()) = 'admin')
    WITH CHECK ((SELECT sourcelight_role()) = 'admin');
CREATE POLICY reviewers_admin_remove ON reviewers FOR DELETE USING ((SELECT sourcelight_role()) = 'admin');
CREATE POLICY settings_read ON project_settings FOR SELECT USING (true);
CREATE POLICY settings_admin_add ON project_settings FOR INSERT WITH CHECK ((SELECT sourcelight_role()) = 'admin');
CREATE POLICY settings_admin_change ON project_settings FOR UPDATE USING ((SELECT sourcelight_role()) = 'admin')
    WITH CHECK ((SELECT sourcelight_role()) = 'admin');
CREATE POLICY settings_admin_remove ON project_settings FOR DELETE USING ((SELECT sourcelight_role()) = 'admin');
CREATE POLICY tags_read ON tags FOR SELECT USING ((SELECT sourcelight_role()) IS NOT NULL);
CREATE POLICY tags_admin_add ON tags FOR INSERT WITH CHECK ((SELECT sourcelight_role()) = 'admin');
CREATE POLICY tags_admin_change ON tags FOR UPDATE USING ((SELECT sourcelight_role()) = 'admin')
    WITH CHECK ((SELECT sourcelight_role()) = 'admin');
CREATE POLICY tags_admin_remove ON tags FOR DELETE USING ((SELECT sourcelight_role()) = 'admin');
CREATE POLICY bulk_read ON bulk_import FOR SELECT USING (true);
CREATE POLICY bulk_admin_add ON bulk_import FOR INSERT WITH CHECK ((SELECT sourcelight_role()) = 'admin');
CREATE POLICY bulk_admin_change ON bulk_import FOR UPDATE USING ((SELECT sourcelight_role()) = 'admin')
    WITH CHECK ((SELECT sourcelight_role()) = 'admin');
CREATE POLICY bulk_admin_remove ON bulk_import FOR DELETE USING ((SELECT sourcelight_role()) = 'admin');

-- Documents: admins add and remove them; whoever may shape them edits their details. Rows are locked (SELECT …
-- FOR UPDATE, the edit-conflict check) by anyone who reads them, so the USING of an update is wide and its
-- CHECK is what refuses.
CREATE POLICY documents_read ON documents FOR SELECT USING ((SELECT sourcelight_role()) IS NOT NULL);
CREATE POLICY documents_add ON documents FOR INSERT WITH CHECK ((SELECT sourcelight_role()) = 'admin');
CREATE POLICY documents_remove ON documents FOR DELETE USING ((SELECT sourcelight_role()) = 'admin');
CREATE POLICY documents_edit ON documents FOR UPDATE USING ((SELECT sourcelight_role()) IS NOT NULL)
    WITH CHECK ((SELECT sourcelight_may_shape()));
CREATE POLICY sentences_read ON sentences FOR SELECT USING ((SELECT sourcelight_role()) IS NOT NULL);
CREATE POLICY sentences_add ON sentences FOR INSERT WITH CHECK ((SELECT sourcelight_may_shape()));
CREATE POLICY sentences_remove ON sentences FOR DELETE USING ((SELECT sourcelight_may_shape()));
CREATE POLICY sentences_edit ON sentences FOR UPDATE USING ((SELECT sourcelight_role()) IS NOT NULL)
    WITH CHECK ((SELECT sourcelight_may_shape()));
CREATE POLICY sentence_words_read ON sentence_fts FOR SELECT USING ((SELECT sourcelight_role()) IS NOT NULL);
CREATE POLICY sentence_words_write_add ON sentence_fts FOR INSERT WITH CHECK ((SELECT sourcelight_may_shape()));
CREATE POLICY sentence_words_write_change ON sentence_fts FOR UPDATE USING ((SELECT sourcelight_may_shape()))
    WITH CHECK ((SELECT sourcelight_may_shape()));
CREATE POLICY sentence_words_write_remove ON sentence_fts FOR DELETE USING ((SELECT sourcelight_may_shape()));

-- Sources are everyone's: naming a new source is part of attributing.
CREATE POLICY sources_read ON sources FOR SELECT USING ((SELECT sourcelight_role()) IS NOT NULL);
CREATE POLICY sources_all_add ON sources FOR INSERT WITH CHECK ((SELECT sourcelight_role()) IS NOT NULL);
CREATE POLICY sources_all_change ON sources FOR UPDATE USING ((SELECT sourcelight_role()) IS NOT NULL)
    WITH CHECK ((SELECT sourcelight_role()) IS NOT NULL);
CREATE POLICY sources_all_remove ON sources FOR DELETE USING ((SELECT sourcelight_role()) IS NOT NULL);
CREATE POLICY aliases_read ON source_aliases FOR SELECT USING ((SELECT sourcelight_role()) IS NOT NULL);
CREATE POLICY aliases_all_add ON source_aliases FOR INSERT WITH CHECK ((SELECT sourcelight_role()) IS NOT NULL);
CREATE POLICY aliases_all_change ON source_aliases FOR UPDATE USING ((SELECT sourcelight_role()) IS NOT NULL)
    WITH CHECK ((SELECT sourcelight_role()) IS NOT NULL);
CREATE POLICY aliases_all_remove ON source_aliases FOR DELETE USING ((SELECT sourcelight_role()) IS NOT NULL);

-- Decisions: one layer read, one layer written (see the top).
CREATE POLICY attributions_read ON attributions FOR SELECT USING ((SELECT sourcelight_role()) IS NOT NULL AND (
    origin = 'suggested' OR coder_id IS NOT DISTINCT FROM (SELECT sourcelight_layer())
    OR ((SELECT sourcelight_reading_codings()) AND sourcelight_may_read_coding(sentence_id))));
CREATE POLICY attributions_write_add ON attributions FOR INSERT
    WITH CHECK (sourcelight_may_write_attribution(origin, coder_id, sentence_id));
CREATE POLICY attributions_write_change ON attributions FOR UPDATE
    USING (sourcelight_may_write_attribution(origin, coder_id, sentence_id))
    WITH CHECK (sourcelight_may_write_attribution(origin, coder_id, sentence_id));
CREATE POLICY attributions_write_remove ON attributions FOR DELETE
    USING (sourcelight_may_write_attribution(origin, coder_id, sentence_id));
CREATE POLICY hops_read ON attribution_hops FOR SELECT
    USING (EXISTS (SELECT 1 FROM attributions a WHERE a.id = attribution_id));
CREATE POLICY hops_write_add ON attribution_hops FOR INSERT WITH CHECK (sourcelight_may_write_hop(attribution_id));
CREATE POLICY hops_write_change ON attribution_hops FOR UPDATE USING (sourcelight_may_write_hop(attribution_id))
    WITH CHECK (sourcelight_may_write_hop(attribution_id));
CREATE POLICY hops_write_remove ON attribution_hops FOR DELETE USING (sourcelight_may_write_hop(attribution_id));
CREATE POLICY claims_read ON claims FOR SELECT USING ((SELECT sourcelight_role()) IS NOT NULL AND (
    coder_id IS NOT DISTINCT FROM (SELECT sourcelight_layer())
    OR ((SELECT sourcelight_reading_codings()) AND sourcelight_may_read_coding(sentence_id))));
CREATE POLICY claims_write_add ON claims FOR INSERT WITH CHECK (sourcelight_may_decide(coder_id, sentence_id));
CREATE POLICY claims_write_change ON claims FOR UPDATE USING (sourcelight_may_decide(coder_id, sentence_id))
    WITH CHECK (sourcelight_may_decide(coder_id, sentence_id));
CREATE POLICY claims_write_remove ON claims FOR DELETE USING (sourcelight_may_decide(coder_id, sentence_id));
CREATE POLICY claim_tags_read ON claim_tags FOR SELECT USING (EXISTS (SELECT 1 FROM claims c WHERE c.id = claim_id));
CREATE POLICY claim_tags_write_add ON claim_tags FOR INSERT WITH CHECK (sourcelight_may_write_claim_part(claim_id));
CREATE POLICY claim_tags_write_change ON claim_tags FOR UPDATE USING (sourcelight_may_write_claim_part(claim_id))
    WITH CHECK (sourcelight_may_write_claim_part(claim_id));
CREATE POLICY claim_tags_write_remove ON claim_tags FOR DELETE USING (sourcelight_may_write_claim_part(claim_id));
CREATE POLICY evidence_read ON evidence FOR SELECT USING (EXISTS (SELECT 1 FROM claims c WHERE c.id = claim_id));
CREATE POLICY evidence_write_add ON evidence FOR INSERT WITH CHECK (sourcelight_may_write_claim_part(claim_id));
CREATE POLICY evidence_write_change ON evidence FOR UPDATE USING (sourcelight_may_write_claim_part(claim_id))
    WITH CHECK (sourcelight_may_write_claim_part(claim_id));
CREATE POLICY evidence_write_remove ON evidence FOR DELETE USING (sourcelight_may_write_claim_part(claim_id));
-- A claim's words follow its note (a trigger writes them, whoever writes the note); they are read as the claim is.
CREATE POLICY claim_words_read ON claim_fts FOR SELECT USING (EXISTS (SELECT 1 FROM claims c WHERE c.id = claim_fts.id));
CREATE POLICY claim_words_add ON claim_fts FOR INSERT WITH CHECK (sourcelight_may_write_claim_part(id));
CREATE POLICY claim_words_change ON claim_fts FOR UPDATE USING (sourcelight_may_write_claim_part(id))
    WITH CHECK (sourcelight_may_write_claim_part(id));
CREATE POLICY claim_words_remove ON claim_fts FOR DELETE
    USING ((SELECT sourcelight_role()) = 'admin' OR sourcelight_may_write_claim_part(id));

-- Marking done: a reviewer marks their own; curators and admins may open a document again for them.
CREATE POLICY reviews_read ON document_reviews FOR SELECT USING ((SELECT sourcelight_role()) IS NOT NULL);
CREATE POLICY reviews_mark ON document_reviews FOR INSERT WITH CHECK (reviewer_id = (SELECT sourcelight_me()));
CREATE POLICY reviews_reopen ON document_reviews FOR DELETE USING ((SELECT sourcelight_role()) IN ('admin', 'curator'));

-- History: append-only but for admins (a backup put back); a reviewer's lines in independent mode are theirs.
CREATE POLICY history_read ON history FOR SELECT USING ((SELECT sourcelight_role()) IS NOT NULL AND (
    coder_id IS NULL OR coder_id = (SELECT sourcelight_layer())
    OR ((SELECT sourcelight_reading_codings()) AND (SELECT sourcelight_role()) IN ('admin', 'curator'))));
CREATE POLICY history_add ON history FOR INSERT WITH CHECK ((SELECT sourcelight_role()) IS NOT NULL);
CREATE POLICY history_admin ON history FOR DELETE USING ((SELECT sourcelight_role()) = 'admin');

-- Every function of the project reads its tables from the project's schema, never from a table of the caller's
-- making: a session's temporary tables come first in its search path unless a function names its own, and the
-- policies' and triggers' functions run in the session of whoever writes (a reviewer's temporary "reviewers" table
-- would otherwise make them an admin). pg_catalog first, pg_temp last.
DO $$
DECLARE
    f REGPROCEDURE;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
             WHERE p.pronamespace = current_schema()::regnamespace AND p.prokind = 'f' LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, %I, pg_temp', f, current_schema());
    END LOOP;
END
$$;
