// repoint_authored: set one (Person)-[:AUTHORED]->(Paper) to exactly the given properties, creating it if missing (person merge and undo).
// mode: write
// params:
//   $rows  LIST<MAP>  {from, to, key (null), props (the relationship's full property map)}
// returns: relationships
UNWIND $rows AS r
MATCH (a:Person {id: r.from})
MATCH (b:Paper {id: r.to})
MERGE (a)-[x:AUTHORED]->(b)
SET x = r.props
RETURN count(x) AS relationships
