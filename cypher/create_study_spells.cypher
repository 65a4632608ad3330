// create_study_spells: byline-derived STUDIED_AT spells of people a load created (they have none yet), as merge_study_spells writes them.
// mode: write
// params:
//   $rows  LIST<MAP>  {person, org, key, start, end, papers, sources, degree}
// returns: spells
UNWIND $rows AS r
MATCH (p:Person {id: r.person})
MATCH (o:Organization {id: r.org})
CREATE (p)-[s:STUDIED_AT {key: r.key, start: r.start, end: r.end, papers: r.papers, sources: r.sources,
                 method: 'affiliation', confidence: 0.9, degree: r.degree}]->(o)
RETURN count(s) AS spells
