// person_coauthors: co-authors up to $depth hops (1-3), nearest first, as one list of {person_id, name, hops, papers_with_ego, via}.
// A hop is expanded only when asked for and needed; no row when the person is unknown or has no co-authors.
// mode: read
// params:
//   $person_id  STRING   the person at the centre (e.g. orcid:0000-0000-0000-1012)
//   $depth      INTEGER  hops, 1 to 3
//   $limit      INTEGER  maximum rows
// returns: person_id, coauthors
MATCH (ego:Person {id: $person_id})
WITH ego, COUNT { (ego)-[:CO_AUTHORED]-(:Person) } AS degree
CALL {
  WITH ego
  MATCH (ego)-[r:CO_AUTHORED]-(n:Person)
  RETURN n AS other, 1 AS hops, r.papers AS papers, null AS via
  UNION ALL
  // Rows come nearest first, so when the first hop alone fills $limit the next ones cannot show.
  WITH ego, degree
  WITH ego WHERE $depth >= 2 AND degree < $limit
  MATCH (ego)-[:CO_AUTHORED]-(m:Person)-[:CO_AUTHORED]-(n:Person)
  WHERE n.id <> ego.id
  RETURN n AS other, 2 AS hops, 0 AS papers, m.name AS via
  UNION ALL
  WITH ego, degree
  WITH ego WHERE $depth >= 3 AND degree < $limit
  MATCH (ego)-[:CO_AUTHORED]-(m:Person)-[:CO_AUTHORED]-(:Person)-[:CO_AUTHORED]-(n:Person)
  WHERE n.id <> ego.id
  RETURN n AS other, 3 AS hops, 0 AS papers, m.name AS via
}
// The first-hop co-author on a shortest route: tag each `via` with its hop count, keep the smallest.
WITH ego, other, min(hops) AS hops, max(papers) AS papers, min(toString(hops) + via) AS route
ORDER BY hops, papers DESC, other.name
LIMIT $limit
// One row holding a list: the API decodes one record instead of one per co-author (less CPU per request).
RETURN ego.id AS person_id, collect({person_id: other.id, name: other.name, hops: hops, papers_with_ego: papers,
                via: CASE WHEN hops = 1 THEN null ELSE substring(route, 1) END}) AS coauthors
