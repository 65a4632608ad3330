// person_snapshot: every relationship of one person, both directions, with its full properties (what a merge records for undo).
// mode: read
// params:
//   $id  STRING  the person id (e.g. person:kaiming-he)
// returns: direction, type, other, props
MATCH (n:Person {id: $id})-[r]->(o)
RETURN 'out' AS direction, type(r) AS type, o.id AS other, properties(r) AS props
UNION ALL
MATCH (n:Person {id: $id})<-[r]-(o)
RETURN 'in' AS direction, type(r) AS type, o.id AS other, properties(r) AS props
