// check_duplicate_coauthors: pairs of people joined by more than one CO_AUTHORED relationship (should be none).
// mode: read
// params:
//   $limit  INTEGER  maximum rows
// returns: a, b, edges
MATCH (a:Person)-[c:CO_AUTHORED]-(b:Person)
WHERE a.id < b.id
WITH a, b, count(c) AS edges
WHERE edges > 1
RETURN a.id AS a, b.id AS b, edges
LIMIT $limit
