// repoint_coauthored: set one (Person)-[:CO_AUTHORED]->(Person) to exactly the given properties, creating it if missing (person merge and undo).
// mode: write
// params:
//   $rows  LIST<MAP>  {from, to, key (null), props (the relationship's full property map)}
// returns: relationships
UNWIND $rows AS r
MATCH (a:Person {id: r.from})
MATCH (b:Person {id: r.to})
MERGE (a)-[x:CO_AUTHORED]->(b)
SET x = r.props
RETURN count(x) AS relationships
