// documents_by_source: the articles read from one source file (an upload's file name, or the path `kg ingest` was given), newest first.
// mode: read
// params:
//   $source  STRING   the recorded source (e.g. new1.txt); a JSON Lines source is FILE#record-id
//   $limit   INTEGER  maximum rows
// returns: document_id, title, url, published, source, mentions
MATCH (d:Document)
WHERE d.source = $source OR d.source STARTS WITH $source + '#'
RETURN d.id AS document_id, d.title AS title, d.url AS url, d.published AS published, d.source AS source,
       COUNT { (d)-[:MENTIONS]->() } AS mentions
ORDER BY published DESC, document_id
LIMIT $limit
