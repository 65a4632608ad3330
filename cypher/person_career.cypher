// person_career: a person's education and jobs, oldest first, each with its sources (papers, documents) and evidence sentences.
// mode: read
// params:
//   $person_id  STRING  the person (e.g. orcid:0000-0000-0000-1012)
// returns: person_id, person, relation, org_id, organization, country, start, end, degree, role, method, confidence, sources, evidence, source_papers
MATCH (p:Person {id: $person_id})
OPTIONAL MATCH (p)-[s:STUDIED_AT|WORKS_AT]->(o:Organization)
RETURN p.id AS person_id, p.name AS person, type(s) AS relation, o.id AS org_id, o.name AS organization,
       o.country AS country, s.start AS start, s.end AS end, s.degree AS degree, s.role AS role, s.method AS method,
       s.confidence AS confidence, coalesce(s.sources, []) AS sources, coalesce(s.evidence, []) AS evidence,
       [(p)-[:AUTHORED]->(w:Paper) WHERE w.id IN coalesce(s.sources, []) | {id: w.id, title: w.title, year: w.year}] AS source_papers
ORDER BY start, end, organization
