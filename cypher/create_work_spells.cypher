// create_work_spells: byline-derived WORKS_AT spells of people a load created (they have none yet), as merge_work_spells writes them.
// mode: write
// params:
//   $rows  LIST<MAP>  {person, org, key, start, end, papers, sources}
// returns: spells
UNWIND $rows AS r
MATCH (p:Person {id: r.person})
MATCH (o:Organization {id: r.org})
CREATE (p)-[s:WORKS_AT {key: r.key, start: r.start, end: r.end, papers: r.papers, sources: r.sources,
                 method: 'affiliation', confidence: 0.9, role: null}]->(o)
RETURN count(s) AS spells
