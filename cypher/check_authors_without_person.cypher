// check_authors_without_person: papers whose AUTHORED count is below the authors they list (should be none).
// mode: read
// params:
//   $limit  INTEGER  maximum rows
// returns: paper, missing
MATCH (w:Paper)
OPTIONAL MATCH (p)-[:AUTHORED]->(w)
WITH w, count(p) AS authors, collect(p) AS people
WHERE authors = 0 OR any(x IN people WHERE NOT x:Person)
RETURN w.id AS paper, authors AS missing
LIMIT $limit
