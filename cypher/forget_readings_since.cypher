// forget_readings_since: documents naming these people that were read (again) after a time lose their fingerprint.
// mode: write
// params:
//   $ids  LIST<STRING>  person ids (both sides of an undone merge)
//   $at   STRING        ISO time (the merge's)
// returns: documents
// Undoing a merge puts back the facts its snapshot held; a document read again since then would keep those old
// facts beside its new reading. Without a fingerprint, the next ingest of it takes back what it gave and writes
// it again, onto the people as they now are.
UNWIND $ids AS id
MATCH (d:Document)-[:MENTIONS]->(:Person {id: id})
WHERE d.read_at > $at
SET d.reading = null
RETURN collect(DISTINCT d.id) AS documents
