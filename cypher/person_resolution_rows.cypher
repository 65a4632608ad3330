// person_resolution_rows: every Person with each paper it authored (one row per paper; one row with a null paper when none), for the person resolver.
// mode: read
// params:
// returns: id, name, orcid, openalex, openreview, email_domains, paper, year, orgs
MATCH (p:Person)
OPTIONAL MATCH (p)-[a:AUTHORED]->(w:Paper)
RETURN p.id AS id, p.name AS name, p.orcid AS orcid, p.openalex AS openalex, p.openreview AS openreview,
       p.email_domains AS email_domains, w.id AS paper, w.year AS year, a.affiliations AS orgs
