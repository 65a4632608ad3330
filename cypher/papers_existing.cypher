// papers_existing: which of these paper ids the graph already holds (a load's new papers are the rest).
// mode: read
// params:
//   $ids  LIST<STRING>  paper ids
// returns: id
UNWIND $ids AS pid
MATCH (w:Paper {id: pid})
RETURN pid AS id
