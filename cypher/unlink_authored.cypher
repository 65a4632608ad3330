// unlink_authored: delete one (Person)-[:AUTHORED]->(Paper) (undoing a person merge).
// mode: write
// params:
//   $rows  LIST<MAP>  {from, to, key (null)}
// returns: deleted
UNWIND $rows AS r
MATCH (a:Person {id: r.from})-[x:AUTHORED]->(b:Paper {id: r.to})
DELETE x
RETURN count(*) AS deleted
