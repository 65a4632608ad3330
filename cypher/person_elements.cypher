// person_elements: the elementIds of these people, for statements later in the same transaction.
// mode: read
// params:
//   $ids  LIST<STRING>  person ids
// returns: elements
UNWIND $ids AS pid
MATCH (p:Person {id: pid})
RETURN collect([pid, elementId(p)]) AS elements
