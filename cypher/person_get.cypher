// person_get: one person's record: names, external ids, paper and co-author counts.
// mode: read
// params:
//   $person_id  STRING  the person (e.g. orcid:0000-0000-0000-1012)
// returns: person_id, name, aliases, orcid, openalex, openreview, email_domains, papers, coauthors
MATCH (p:Person {id: $person_id})
RETURN p.id AS person_id, p.name AS name, coalesce(p.aliases, []) AS aliases, p.orcid AS orcid,
       p.openalex AS openalex, p.openreview AS openreview, coalesce(p.email_domains, []) AS email_domains,
       COUNT { (p)-[:AUTHORED]->(:Paper) } AS papers, COUNT { (p)-[:CO_AUTHORED]-(:Person) } AS coauthors
