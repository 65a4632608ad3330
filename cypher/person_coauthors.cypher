// person_coauthors: co-authors up to $depth hops (1-3), nearest first, as one list of {person_id, name, hops, papers_with_ego, via}.
// One row for a known person (an empty list when there is nobody within reach), none for an unknown one.
// mode: read
// params:
//   $person_id  STRING   the person at the centre (e.g. orcid:0000-0000-0000-1012)
//   $depth      INTEGER  hops (1-3)
//   $limit      INTEGER  maximum co-authors in the list
// returns: person_id, coauthors
MATCH (ego:Person {id: $person_id})
OPTIONAL MATCH (ego)-[r:CO_AUTHORED]-(n1:Person)
WITH ego, n1, r.papers AS papers ORDER BY papers DESC, n1.name, n1.id
WITH ego, collect(CASE WHEN n1 IS NULL THEN null ELSE
  {person_id: n1.id, name: n1.name, hops: 1, papers_with_ego: papers, via: null} END) AS hop1
// The list is nearest first, so a hop is expanded only when asked for and when the nearer hops leave room:
// when they do, they were complete, so excluding them excludes everything nearer.
// `via` is a first-hop co-author on a shortest route (the first by name).
CALL {
  WITH ego, hop1
  WITH ego, hop1 WHERE $depth >= 2 AND size(hop1) < $limit
  WITH ego, [h IN hop1 | h.person_id] AS nearer
  MATCH (ego)-[:CO_AUTHORED]-(m:Person)-[:CO_AUTHORED]-(n:Person)
  WHERE n <> ego AND NOT n.id IN nearer
  WITH n, min(m.name) AS via ORDER BY n.name, n.id LIMIT $limit
  RETURN collect({person_id: n.id, name: n.name, hops: 2, papers_with_ego: 0, via: via}) AS hop2
}
CALL {
  WITH ego, hop1, hop2
  WITH ego, hop1, hop2 WHERE $depth >= 3 AND size(hop1) + size(hop2) < $limit
  WITH ego, [h IN hop1 + hop2 | h.person_id] AS nearer
  MATCH (ego)-[:CO_AUTHORED]-(m:Person)-[:CO_AUTHORED]-(:Person)-[:CO_AUTHORED]-(n:Person)
  WHERE n <> ego AND NOT n.id IN nearer
  WITH n, min(m.name) AS via ORDER BY n.name, n.id LIMIT $limit
  RETURN collect({person_id: n.id, name: n.name, hops: 3, papers_with_ego: 0, via: via}) AS hop3
}
// One row holding a list: the API decodes one record instead of one per co-author (less CPU per request).
RETURN ego.id AS person_id, (hop1 + hop2 + hop3)[0..$limit] AS coauthors
