// merge_mentions_organization: Document-[:MENTIONS {count}]->Organization, one per document and entity.
// mode: write
// params:
//   $rows  LIST<MAP>  {doc, id, count}
// returns: mentions
UNWIND $rows AS r
MATCH (d:Document {id: r.doc})
MATCH (e:Organization {id: r.id})
MERGE (d)-[m:MENTIONS]->(e)
SET m.count = r.count
RETURN count(m) AS mentions
