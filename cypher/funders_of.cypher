// funders_of: who funds an organisation's people and papers (papers whose byline lists the organisation).
// mode: read
// params:
//   $org_id  STRING   the organisation (e.g. ror:03cve4549)
//   $limit   INTEGER  maximum rows
// returns: funder_id, funder, country, papers, people, awards
MATCH (p:Person)-[:STUDIED_AT|WORKS_AT]->(o:Organization {id: $org_id})
WITH DISTINCT o, p
MATCH (p)-[a:AUTHORED]->(w:Paper)-[g:FUNDED_BY]->(f:Funder)
WHERE o.id IN a.affiliations
WITH f, collect(DISTINCT w.id) AS papers, collect(DISTINCT p.id) AS people, collect(DISTINCT g.award_id) AS awards
RETURN f.id AS funder_id, f.name AS funder, f.country AS country, size(papers) AS papers, size(people) AS people,
       [x IN awards WHERE x IS NOT NULL AND x <> ''] AS awards
ORDER BY papers DESC, funder
LIMIT $limit
