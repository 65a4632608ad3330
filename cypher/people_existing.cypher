// people_existing: which of these person ids the graph already holds (a load's new people are the rest).
// mode: read
// params:
//   $ids  LIST<STRING>  person ids
// returns: id
UNWIND $ids AS pid
MATCH (p:Person {id: pid})
RETURN pid AS id
