-- Version 7 for PostgreSQL (see ../0007_effective_attributions.sql): the rule "a human decision beats the
-- suggestion" written once, as a view. human is 0/1, as SQLite gives it.
CREATE VIEW effective_attributions AS
    SELECT a.sentence_id, a.id AS attribution_id, CAST(a.origin <> 'suggested' AS INTEGER) AS human FROM attributions a
    WHERE a.origin <> 'suggested'
       OR NOT EXISTS (SELECT 1 FROM attributions b WHERE b.sentence_id = a.sentence_id AND b.origin <> 'suggested');

DROP VIEW sentence_sources;
CREATE VIEW sentence_sources AS
    SELECT e.sentence_id, h.source_id, h.anonymous FROM effective_attributions e
    JOIN attribution_hops h ON h.attribution_id = e.attribution_id AND h.position = 0;
