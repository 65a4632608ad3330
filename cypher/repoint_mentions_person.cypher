// repoint_mentions_person: set one (Document)-[:MENTIONS]->(Person) to exactly the given properties, creating it if missing (person merge and undo).
// mode: write
// params:
//   $rows  LIST<MAP>  {from, to, key (null), props (the relationship's full property map)}
// returns: relationships
UNWIND $rows AS r
MATCH (a:Document {id: r.from})
MATCH (b:Person {id: r.to})
MERGE (a)-[x:MENTIONS]->(b)
SET x = r.props
RETURN count(x) AS relationships
