// document_readings: which of these documents the graph holds, and the fingerprint of what was read from each.
// mode: read
// params:
//   $ids  LIST<STRING>  document ids
// returns: id, reading
// `reading` is null for a document loaded before readings were kept: it is read again.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.reading AS reading
