// merge_text_studied_at: STUDIED_AT facts read in text; a fact seen again gains a source and its sentence, never a duplicate.
// mode: write
// params:
//   $rows  LIST<MAP>  {person, org, key, start, end, degree, role, doc, evidence, confidence}
// returns: facts
UNWIND $rows AS r
MATCH (p:Person {id: r.person})
MATCH (o:Organization {id: r.org})
MERGE (p)-[s:STUDIED_AT {key: r.key}]->(o)
ON CREATE SET s.sources = [], s.evidence = [], s.method = 'text', s.confidence = 0.0
SET s.start = coalesce(s.start, r.start), s.end = coalesce(r.end, s.end),
    s.degree = coalesce(s.degree, r.degree), s.role = coalesce(s.role, r.role),
    s.confidence = CASE WHEN r.confidence > coalesce(s.confidence, 0.0) THEN r.confidence ELSE s.confidence END,
    s.sources = CASE WHEN r.doc IN coalesce(s.sources, []) THEN s.sources ELSE coalesce(s.sources, []) + r.doc END,
    s.evidence = CASE WHEN r.evidence IS NULL OR r.evidence IN coalesce(s.evidence, []) THEN coalesce(s.evidence, [])
                      ELSE coalesce(s.evidence, []) + r.evidence END
RETURN count(s) AS facts
