// org_people: who studied or worked at an organisation, optionally only those there in a given year.
// mode: read
// params:
//   $org_id  STRING   the organisation (e.g. ror:03cve4549)
//   $year    INTEGER  only spells that include this year (optional)
//   $limit   INTEGER  maximum rows
// returns: person_id, person, relation, start, end, degree, role, papers
MATCH (p:Person)-[s:STUDIED_AT|WORKS_AT]->(o:Organization {id: $org_id})
WHERE $year IS NULL OR (s.start <= $year AND coalesce(s.end, s.start) >= $year)
RETURN p.id AS person_id, p.name AS person, type(s) AS relation, s.start AS start, s.end AS end,
       s.degree AS degree, s.role AS role, s.papers AS papers
ORDER BY start, person
LIMIT $limit
