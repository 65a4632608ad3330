// retract_document_facts: take back the facts an earlier reading of these documents added, before a new reading is written.
// mode: write
// params:
//   $rows  LIST<MAP>  {doc (document id), text (its text: the evidence sentences it gave are parts of it)}
// returns: retracted
// Each text fact the document is a source of loses that source and the sentences of this text; a fact with no
// source left is deleted. What other documents or papers say stays. The facts hang off the entities the
// document mentions (every head is mentioned) or off the document itself (FUNDED_BY).
UNWIND $rows AS r
MATCH (d:Document {id: r.doc})
CALL {
  WITH d
  MATCH (d)-[:MENTIONS]->()-[s:WORKS_AT|STUDIED_AT|FUNDED_BY|PART_OF]->()
  RETURN s
  UNION
  WITH d
  MATCH (d)-[s:FUNDED_BY]->()
  RETURN s
}
WITH r, s
WHERE s.method = 'text' AND r.doc IN coalesce(s.sources, [])
SET s.sources = [x IN s.sources WHERE x <> r.doc],
    s.evidence = [x IN coalesce(s.evidence, []) WHERE NOT r.text CONTAINS x]
WITH s
WHERE size(s.sources) = 0
DELETE s
RETURN count(*) AS retracted
