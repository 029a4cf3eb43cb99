-- Version 3 for PostgreSQL: an index on attributions(sentence_id) for every origin (see ../0003_….sql).
CREATE INDEX attributions_sentence ON attributions(sentence_id);
