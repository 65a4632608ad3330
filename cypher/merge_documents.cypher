// merge_documents: create or update Document nodes (id = hash of the normalised text).
// mode: write
// params:
//   $rows  LIST<MAP>  {id, title, url, published, source, reading (fingerprint of what was read from it), read_at (ISO time it was read, null when read the same way before)}
// returns: documents
UNWIND $rows AS r
MERGE (d:Document {id: r.id})
SET d.title = coalesce(r.title, d.title), d.url = coalesce(r.url, d.url),
    d.published = coalesce(r.published, d.published), d.source = coalesce(d.source, r.source),
    d.reading = r.reading, d.read_at = coalesce(r.read_at, d.read_at)
RETURN count(d) AS documents
