// merge_study_spells: byline-derived STUDIED_AT spells (the byline says student) (consecutive years at one organisation).
// mode: write
// params:
//   $rows  LIST<MAP>  {person, org, key, start, end, papers, sources, degree}
// returns: spells
UNWIND $rows AS r
MATCH (p:Person {id: r.person})
MATCH (o:Organization {id: r.org})
MERGE (p)-[s:STUDIED_AT {key: r.key}]->(o)
SET s.start = r.start, s.end = r.end, s.papers = r.papers, s.sources = r.sources,
    s.method = 'affiliation', s.confidence = 0.9, s.degree = r.degree
RETURN count(s) AS spells
