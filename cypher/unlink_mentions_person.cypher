// unlink_mentions_person: delete one (Document)-[:MENTIONS]->(Person) (undoing a person merge).
// mode: write
// params:
//   $rows  LIST<MAP>  {from, to, key (null)}
// returns: deleted
UNWIND $rows AS r
MATCH (a:Document {id: r.from})-[x:MENTIONS]->(b:Person {id: r.to})
DELETE x
RETURN count(*) AS deleted
