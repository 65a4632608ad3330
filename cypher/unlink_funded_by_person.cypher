// unlink_funded_by_person: delete one (Person)-[:FUNDED_BY]->(Funder) (undoing a person merge).
// mode: write
// params:
//   $rows  LIST<MAP>  {from, to, key (award_id value; identifies one of several FUNDED_BY between the same nodes)}
// returns: deleted
UNWIND $rows AS r
MATCH (a:Person {id: r.from})-[x:FUNDED_BY]->(b:Funder {id: r.to})
WHERE x.award_id = r.key OR (x.award_id IS NULL AND r.key IS NULL)
DELETE x
RETURN count(*) AS deleted
