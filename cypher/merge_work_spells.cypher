// merge_work_spells: byline-derived WORKS_AT spells (consecutive years at one organisation).
// mode: write
// params:
//   $rows  LIST<MAP>  {person, org, key, start, end, papers, sources}
// returns: spells
UNWIND $rows AS r
MATCH (p:Person {id: r.person})
MATCH (o:Organization {id: r.org})
MERGE (p)-[s:WORKS_AT {key: r.key}]->(o)
SET s.start = r.start, s.end = r.end, s.papers = r.papers, s.sources = r.sources,
    s.method = 'affiliation', s.confidence = 0.9, s.role = null
RETURN count(s) AS spells
