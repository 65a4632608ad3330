// repoint_studied_at: set one (Person)-[:STUDIED_AT]->(Organization) to exactly the given properties, creating it if missing (person merge and undo).
// mode: write
// params:
//   $rows  LIST<MAP>  {from, to, key (key value; identifies one of several STUDIED_AT between the same nodes), props (the relationship's full property map)}
// returns: relationships
UNWIND $rows AS r
MATCH (a:Person {id: r.from})
MATCH (b:Organization {id: r.to})
MERGE (a)-[x:STUDIED_AT {key: coalesce(r.key, '')}]->(b)
SET x = r.props
RETURN count(x) AS relationships
