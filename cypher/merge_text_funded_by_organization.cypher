// merge_text_funded_by_organization: Organization-[:FUNDED_BY {award_id}]->Funder read in text, with sources and evidence.
// mode: write
// params:
//   $rows  LIST<MAP>  {head, funder, award_id, doc, evidence, confidence}
// returns: facts
UNWIND $rows AS r
MATCH (h:Organization {id: r.head})
MATCH (f:Funder {id: r.funder})
MERGE (h)-[g:FUNDED_BY {award_id: coalesce(r.award_id, '')}]->(f)
ON CREATE SET g.sources = [], g.evidence = [], g.method = 'text', g.confidence = 0.0
SET g.confidence = CASE WHEN r.confidence > coalesce(g.confidence, 0.0) THEN r.confidence ELSE g.confidence END,
    g.sources = CASE WHEN r.doc IN coalesce(g.sources, []) THEN g.sources ELSE coalesce(g.sources, []) + r.doc END,
    g.evidence = CASE WHEN r.evidence IS NULL OR r.evidence IN coalesce(g.evidence, []) THEN coalesce(g.evidence, [])
                      ELSE coalesce(g.evidence, []) + r.evidence END
RETURN count(g) AS facts
