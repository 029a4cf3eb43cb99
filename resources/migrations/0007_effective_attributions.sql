-- Version 7: the rule "a human decision beats the suggestion" written once. A sentence has at most one suggested and
-- one human (confirmed or edited) attribution (the partial unique indexes of version 1); the one that counts is the
-- analyst's when there is one, else the suggestion. Every query that needs a sentence's effective attribution reads
-- this view instead of spelling the rule out again. (Two index probes per sentence, no sort, as in version 5.)
CREATE VIEW effective_attributions AS
    SELECT a.sentence_id, a.id AS attribution_id, a.origin <> 'suggested' AS human FROM attributions a
    WHERE a.origin <> 'suggested'
       OR NOT EXISTS (SELECT 1 FROM attributions b WHERE b.sentence_id = a.sentence_id AND b.origin <> 'suggested');

-- The first hop of each sentence's effective attribution, now read from the view above. The triggers of versions
-- 5 and 6 read sentence_sources by name and stay as they are.
DROP VIEW sentence_sources;
CREATE VIEW sentence_sources AS
    SELECT e.sentence_id, h.source_id, h.anonymous FROM effective_attributions e
    JOIN attribution_hops h ON h.attribution_id = e.attribution_id AND h.position = 0;
