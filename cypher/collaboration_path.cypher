// collaboration_path: the shortest co-author chain between two people (at most 8 hops), with papers per link.
// mode: read
// params:
//   $from_id  STRING  the first person's id
//   $to_id    STRING  the second person's id
// returns: hops, ids, names, papers
MATCH (a:Person {id: $from_id}), (b:Person {id: $to_id})
MATCH path = shortestPath((a)-[:CO_AUTHORED*..8]-(b))
RETURN length(path) AS hops,
       [n IN nodes(path) | n.id] AS ids,
       [n IN nodes(path) | n.name] AS names,
       [r IN relationships(path) | r.papers] AS papers
