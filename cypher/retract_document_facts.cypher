// retract_document_facts: take back the facts an earlier reading of these documents added, before a new reading is written.
// mode: write
// params:
//   $rows  LIST<MAP>  {doc (document id), text (its text, whitespace-normalised: the evidence sentences it gave are parts of it)}
// returns: retracted
// Each fact the document is a source of loses that source and the sentences of this text (whitespace-normalised,
// as evidence is stored); a fact with no source left is deleted unless ROR or a byline also gives it
// (`structured`, PART_OF). What other documents or papers say stays. The facts hang off the entities the
// document mentions (every head is mentioned) or off the document itself (FUNDED_BY). Rows are grouped per
// fact first, so a fact several re-read documents share is updated and deleted once.
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
WHERE r.doc IN coalesce(s.sources, [])
WITH s, collect(r.doc) AS docs, collect(r.text) AS texts
SET s.sources = [x IN s.sources WHERE NOT x IN docs],
    s.evidence = [x IN coalesce(s.evidence, []) WHERE none(t IN texts WHERE t CONTAINS x)]
WITH s
WHERE size(s.sources) = 0 AND NOT coalesce(s.structured, false)
DELETE s
RETURN count(*) AS retracted
