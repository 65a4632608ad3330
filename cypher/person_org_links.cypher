// person_org_links: the organisations each person worked or studied at, as evidence for the person resolver.
// mode: read
// params:
// returns: id, orgs
MATCH (p:Person)-[:WORKS_AT|STUDIED_AT]->(o:Organization)
RETURN p.id AS id, collect(DISTINCT o.id) AS orgs
