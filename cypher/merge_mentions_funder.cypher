// merge_mentions_funder: Document-[:MENTIONS {count}]->Funder, one per document and entity.
// mode: write
// params:
//   $rows  LIST<MAP>  {doc, id, count}
// returns: mentions
UNWIND $rows AS r
MATCH (d:Document {id: r.doc})
MATCH (e:Funder {id: r.id})
MERGE (d)-[m:MENTIONS]->(e)
SET m.count = r.count
RETURN count(m) AS mentions
