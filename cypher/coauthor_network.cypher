// coauthor_network: a person's co-authors up to $depth hops away (1-3), nearest first, with papers shared with them.
// mode: read
// params:
//   $person_id  STRING   the person at the centre (e.g. orcid:0000-0000-0000-1012)
//   $depth      INTEGER  hops, 1 to 3
//   $limit      INTEGER  maximum rows
// returns: person_id, name, hops, papers_with_ego, via
MATCH (ego:Person {id: $person_id})
MATCH path = (ego)-[:CO_AUTHORED*1..3]-(other:Person)
WHERE length(path) <= $depth AND other.id <> ego.id
WITH ego, other, min(length(path)) AS hops, collect(nodes(path)[1].name)[0] AS via
OPTIONAL MATCH (ego)-[direct:CO_AUTHORED]-(other)
RETURN other.id AS person_id, other.name AS name, hops, coalesce(direct.papers, 0) AS papers_with_ego,
       CASE WHEN hops = 1 THEN null ELSE via END AS via
ORDER BY hops, papers_with_ego DESC, name
LIMIT $limit
