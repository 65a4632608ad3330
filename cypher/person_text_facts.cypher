// person_text_facts: what articles say about a person's study and work, with sources and evidence.
// mode: read
// params:
//   $person_id  STRING  the person
// returns: type, org, org_name, start, end, degree, role, method, confidence, sources, evidence
MATCH (p:Person {id: $person_id})-[s:WORKS_AT|STUDIED_AT]->(o:Organization)
WHERE s.method = 'text'
RETURN type(s) AS type, o.id AS org, o.name AS org_name, s.start AS start, s.end AS end, s.degree AS degree,
       s.role AS role, s.method AS method, s.confidence AS confidence, s.sources AS sources, s.evidence AS evidence
ORDER BY start, org
