// boomerang_careers: people who left an organisation for another country and later came back to its country.
// mode: read
// params:
//   $org_id  STRING   the organisation they started at (e.g. ror:03cve4549, Tsinghua University)
//   $abroad  STRING   ISO country code of where they went (e.g. US)
//   $limit   INTEGER  maximum rows
// returns: person_id, person, left, left_in, abroad_org, returned_to, returned_in
MATCH (p:Person)-[a:STUDIED_AT|WORKS_AT]->(home:Organization {id: $org_id})
MATCH (p)-[b:WORKS_AT|STUDIED_AT]->(away:Organization {country: $abroad})
WHERE away.country <> home.country AND coalesce(a.end, a.start) <= b.start
MATCH (p)-[c:STUDIED_AT|WORKS_AT]->(back:Organization)
WHERE back.country = home.country AND coalesce(b.end, b.start) <= c.start
RETURN p.id AS person_id, p.name AS person, home.name AS left, coalesce(a.end, a.start) AS left_in,
       away.name AS abroad_org, back.name AS returned_to, min(c.start) AS returned_in
ORDER BY returned_in DESC, person
LIMIT $limit
