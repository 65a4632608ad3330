// retract_document_mentions: take back the mentions of an earlier reading of these documents, and the people only it named.
// mode: write
// params:
//   $ids  LIST<STRING>  document ids (after retract_document_facts)
// returns: people_removed
// A person read from text (`person:` id) left with no relationship at all existed only through that reading:
// a better reading may name them differently (their id holds their first organisation). One a recorded merge
// names is kept, so `kg resolve --undo` still finds it.
UNWIND $ids AS id
MATCH (d:Document {id: id})-[m:MENTIONS]->(e)
DELETE m
WITH DISTINCT e
WHERE e:Person AND e.id STARTS WITH 'person:' AND NOT EXISTS { MATCH (e)--() }
  AND NOT EXISTS { MATCH (x:Merge) WHERE x.kept = e.id OR x.merged = e.id }
DELETE e
RETURN count(*) AS people_removed
