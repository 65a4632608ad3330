// repoint_funded_by_person: set one (Person)-[:FUNDED_BY]->(Funder) to exactly the given properties, creating it if missing (person merge and undo).
// mode: write
// params:
//   $rows  LIST<MAP>  {from, to, key (award_id value; identifies one of several FUNDED_BY between the same nodes), props (the relationship's full property map)}
// returns: relationships
UNWIND $rows AS r
MATCH (a:Person {id: r.from})
MATCH (b:Funder {id: r.to})
MERGE (a)-[x:FUNDED_BY {award_id: coalesce(r.key, '')}]->(b)
SET x = r.props
RETURN count(x) AS relationships
