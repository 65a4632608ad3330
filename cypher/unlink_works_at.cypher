// unlink_works_at: delete one (Person)-[:WORKS_AT]->(Organization) (undoing a person merge).
// mode: write
// params:
//   $rows  LIST<MAP>  {from, to, key (key value; identifies one of several WORKS_AT between the same nodes)}
// returns: deleted
UNWIND $rows AS r
MATCH (a:Person {id: r.from})-[x:WORKS_AT]->(b:Organization {id: r.to})
WHERE x.key = r.key OR (x.key IS NULL AND r.key IS NULL)
DELETE x
RETURN count(*) AS deleted
