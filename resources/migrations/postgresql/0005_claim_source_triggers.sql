-- Version 5 for PostgreSQL (see ../0005_claim_source_triggers.sql): each sentence's effective attribution found
-- with two index probes instead of a sort. (The triggers of version 4 read the view by name and stay.)
DROP VIEW sentence_sources;
CREATE VIEW sentence_sources AS
    SELECT a.sentence_id, h.source_id, h.anonymous FROM attributions a
    JOIN attribution_hops h ON h.attribution_id = a.id AND h.position = 0
    WHERE a.origin <> 'suggested'
       OR NOT EXISTS (SELECT 1 FROM attributions b WHERE b.sentence_id = a.sentence_id AND b.origin <> 'suggested');
