// merge_text_part_of: Organization-[:PART_OF]->Organization read in text ("Tsinghua's Institute for ...").
// mode: write
// params:
//   $rows  LIST<MAP>  {child, parent, doc, evidence, confidence}
// returns: facts
UNWIND $rows AS r
MATCH (c:Organization {id: r.child})
MATCH (p:Organization {id: r.parent})
MERGE (c)-[x:PART_OF]->(p)
ON CREATE SET x.sources = [], x.evidence = [], x.method = 'text', x.confidence = 0.0
SET x.confidence = CASE WHEN r.confidence > coalesce(x.confidence, 0.0) THEN r.confidence ELSE x.confidence END,
    x.sources = CASE WHEN r.doc IN coalesce(x.sources, []) THEN x.sources ELSE coalesce(x.sources, []) + r.doc END,
    x.evidence = CASE WHEN r.evidence IS NULL OR r.evidence IN coalesce(x.evidence, []) THEN x.evidence
                      ELSE coalesce(x.evidence, []) + r.evidence END
RETURN count(x) AS facts
