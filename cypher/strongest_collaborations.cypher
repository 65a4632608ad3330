// strongest_collaborations: co-author pairs with the most papers together, with their first and last year.
// mode: read
// params:
//   $limit  INTEGER  maximum rows
// returns: a_id, a_name, b_id, b_name, papers, first_year, last_year, sources
MATCH (a:Person)-[c:CO_AUTHORED]->(b:Person)
RETURN a.id AS a_id, a.name AS a_name, b.id AS b_id, b.name AS b_name, c.papers AS papers,
       c.first_year AS first_year, c.last_year AS last_year, c.sources AS sources
ORDER BY papers DESC, a_id, b_id
LIMIT $limit
