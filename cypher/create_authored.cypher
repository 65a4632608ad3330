// create_authored: AUTHORED links of people new in this batch (they cannot have any yet), as merge_authored creates them.
// mode: write
// params:
//   $rows  LIST<MAP>  {person, paper, person_element, paper_element (elementIds from this transaction), position, role, affiliations (org ids), degrees (parallel: degree, or "" for a job), year, method}
// returns: authored
UNWIND $rows AS r
MATCH (p) WHERE elementId(p) = r.person_element
MATCH (w) WHERE elementId(w) = r.paper_element
CREATE (p)-[a:AUTHORED {position: r.position, role: r.role, affiliations: r.affiliations, degrees: r.degrees,
                        year: r.year, method: r.method, sources: [r.paper], confidence: 1.0}]->(w)
RETURN count(a) AS authored
