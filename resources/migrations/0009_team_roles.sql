-- Version 9: reviewers' parts and independent review (see postgresql/0009_team_roles.sql, where the server enforces
-- them with row-level security). A project file is reviewed by whoever can open it, in shared mode: it gains the
-- same columns and tables, so both engines count the same versions and a project moves between them whole, but
-- nothing here restricts anyone. coder_id stays empty in a file: every decision in it is a shared (final) one.
ALTER TABLE reviewers ADD COLUMN login TEXT;
ALTER TABLE reviewers ADD COLUMN role TEXT NOT NULL DEFAULT 'reviewer' CHECK (role IN ('reviewer', 'curator', 'admin'));
CREATE UNIQUE INDEX reviewers_login ON reviewers(login);

CREATE TABLE project_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO project_settings (key, value) VALUES ('review_mode', 'shared');

CREATE TABLE document_reviews (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    reviewer_id INTEGER NOT NULL REFERENCES reviewers(id),
    done_at TEXT NOT NULL,
    PRIMARY KEY (document_id, reviewer_id)
);

ALTER TABLE attributions ADD COLUMN coder_id INTEGER REFERENCES reviewers(id);
ALTER TABLE claims ADD COLUMN coder_id INTEGER REFERENCES reviewers(id);
ALTER TABLE history ADD COLUMN coder_id INTEGER REFERENCES reviewers(id);
DROP INDEX attributions_human;
CREATE UNIQUE INDEX attributions_human ON attributions(sentence_id) WHERE origin <> 'suggested' AND coder_id IS NULL;
CREATE UNIQUE INDEX attributions_coded ON attributions(sentence_id, coder_id) WHERE coder_id IS NOT NULL;
CREATE INDEX claims_coder ON claims(coder_id) WHERE coder_id IS NOT NULL;
