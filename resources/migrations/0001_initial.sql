-- Sourcelight project schema, version 1.
-- Portable SQL where it costs nothing (runs on SQLite and PostgreSQL with the id column type swapped):
-- timestamps are ISO 8601 UTC text, booleans are 0/1 integers, enumerations are lower-case text with CHECKs.
-- Offsets (start/end) are UTF-16 code units into documents.body, as the application counts them.

CREATE TABLE reviewers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    outlet TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'und',
    body TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    source_file TEXT NOT NULL DEFAULT '',
    encoding TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    -- An edited re-import creates a new version; the old one (with anything that could not be re-anchored)
    -- stays, pointing at its successor.
    superseded_by INTEGER REFERENCES documents(id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX documents_content_hash ON documents(content_hash);
CREATE INDEX documents_url ON documents(url);
CREATE INDEX documents_title_outlet ON documents(title, outlet);

CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    CHECK (start_offset >= 0 AND end_offset >= start_offset),
    UNIQUE (document_id, ordinal)
);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('outlet', 'person', 'official_body', 'anonymous', 'document', 'author')),
    description TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL DEFAULT '',
    parent_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    UNIQUE (name, kind)
);
CREATE INDEX sources_parent ON sources(parent_id);

CREATE TABLE source_aliases (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    UNIQUE (source_id, alias)
);
CREATE INDEX source_aliases_alias ON source_aliases(alias);

-- One suggested and at most one human (confirmed/edited) attribution per sentence: re-running the suggester
-- replaces only the suggested row.
CREATE TABLE attributions (
    id INTEGER PRIMARY KEY,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    origin TEXT NOT NULL CHECK (origin IN ('suggested', 'confirmed', 'edited')),
    cue_text TEXT NOT NULL DEFAULT '',
    cue_start INTEGER,
    cue_end INTEGER,
    quote_type TEXT NOT NULL DEFAULT 'none' CHECK (quote_type IN ('none', 'direct', 'indirect', 'mixed')),
    scope TEXT NOT NULL DEFAULT 'author' CHECK (scope IN ('explicit', 'backward', 'carried', 'author')),
    confidence REAL NOT NULL DEFAULT 0,
    reason TEXT NOT NULL DEFAULT '',
    reviewer_id INTEGER REFERENCES reviewers(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX attributions_suggested ON attributions(sentence_id) WHERE origin = 'suggested';
CREATE UNIQUE INDEX attributions_human ON attributions(sentence_id) WHERE origin <> 'suggested';

-- The chain behind an attribution: position 0 is the source the claim rests on, 1… the conduits nearest to the
-- reader first ("Kirby said, as quoted by Reuters": 0 = Kirby, 1 = Reuters). The profile belongs to each mention.
CREATE TABLE attribution_hops (
    attribution_id INTEGER NOT NULL REFERENCES attributions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
    mention_start INTEGER,
    mention_end INTEGER,
    anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    source_count TEXT NOT NULL DEFAULT 'unspecified'
        CHECK (source_count IN ('unspecified', 'one', 'another', 'several')),
    title TEXT NOT NULL DEFAULT '',
    on_record INTEGER NOT NULL DEFAULT 1 CHECK (on_record IN (0, 1)),
    PRIMARY KEY (attribution_id, position)
);
CREATE INDEX attribution_hops_source ON attribution_hops(source_id);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    -- A span of the sentence (document offsets); both NULL when the claim is the whole sentence.
    span_start INTEGER,
    span_end INTEGER,
    claim_type TEXT NOT NULL DEFAULT 'fact'
        CHECK (claim_type IN ('fact', 'statistic', 'forecast', 'opinion', 'quote', 'other')),
    verdict TEXT NOT NULL DEFAULT 'unverified'
        CHECK (verdict IN ('unverified', 'supported', 'disputed', 'misleading', 'false', 'unverifiable')),
    confidence REAL,
    note TEXT NOT NULL DEFAULT '',
    reviewer_id INTEGER REFERENCES reviewers(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX claims_sentence ON claims(sentence_id);
CREATE INDEX claims_verdict ON claims(verdict);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    colour TEXT NOT NULL DEFAULT '',
    shortcut TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE claim_tags (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, tag_id)
);
CREATE INDEX claim_tags_tag ON claim_tags(tag_id);

CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    retrieved_at TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX evidence_claim ON evidence(claim_id);

-- The audit trail: every change, who, when, which field, old → new (NULL old for creations, NULL new for removals).
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    reviewer_id INTEGER REFERENCES reviewers(id) ON DELETE SET NULL,
    changed_at TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX history_entity ON history(entity, entity_id);
