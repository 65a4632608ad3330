// person_coauthors: a person's co-authors up to $depth hops (1-3), nearest first; each hop is expanded only when asked for.
// mode: read
// params:
//   $person_id  STRING   the person at the centre (e.g. orcid:0000-0000-0000-1012)
//   $depth      INTEGER  hops, 1 to 3
//   $limit      INTEGER  maximum rows
// returns: person_id, name, hops, papers_with_ego, via
MATCH (ego:Person {id: $person_id})
CALL {
  WITH ego
  MATCH (ego)-[r:CO_AUTHORED]-(n:Person)
  RETURN n AS other, 1 AS hops, r.papers AS papers, null AS via
  UNION
  WITH ego
  WITH ego WHERE $depth >= 2
  MATCH (ego)-[:CO_AUTHORED]-(m:Person)-[:CO_AUTHORED]-(n:Person)
  WHERE n.id <> ego.id
  RETURN n AS other, 2 AS hops, 0 AS papers, m.name AS via
  UNION
  WITH ego
  WITH ego WHERE $depth >= 3
  MATCH (ego)-[:CO_AUTHORED]-(m:Person)-[:CO_AUTHORED]-(:Person)-[:CO_AUTHORED]-(n:Person)
  WHERE n.id <> ego.id
  RETURN n AS other, 3 AS hops, 0 AS papers, m.name AS via
}
WITH other, min(hops) AS hops, max(papers) AS papers, collect(via) AS vias
RETURN other.id AS person_id, other.name AS name, hops, papers AS papers_with_ego,
       CASE WHEN hops = 1 THEN null ELSE vias[0] END AS via
ORDER BY hops, papers_with_ego DESC, name
LIMIT $limit
