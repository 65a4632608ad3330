// unlink_coauthored: delete one (Person)-[:CO_AUTHORED]->(Person) (undoing a person merge).
// mode: write
// params:
//   $rows  LIST<MAP>  {from, to, key (null)}
// returns: deleted
UNWIND $rows AS r
MATCH (a:Person {id: r.from})-[x:CO_AUTHORED]->(b:Person {id: r.to})
DELETE x
RETURN count(*) AS deleted
