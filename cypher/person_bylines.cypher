// person_bylines: for each person, the year, role and organisations of every dated paper (input to career spells).
// mode: read
// params:
//   $ids  LIST<STRING>  person ids
// returns: person, paper, year, role, affiliations, degrees
UNWIND $ids AS pid
MATCH (p:Person {id: pid})-[a:AUTHORED]->(w:Paper)
WHERE w.year IS NOT NULL
RETURN pid AS person, w.id AS paper, w.year AS year, a.role AS role, a.affiliations AS affiliations,
       a.degrees AS degrees
ORDER BY person, year
