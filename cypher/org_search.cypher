// org_search: organisations whose name or any alias contains every word of $q (case-insensitive), best matches first.
// mode: read
// params:
//   $q        STRING   words to look for (e.g. "tsinghua"); empty lists every organisation
//   $folded   STRING   (optional) $q folded to lower-case ASCII (kg.search_text.folded_query: 清华 -> "qinghua"); its words may match instead
//   $country  STRING   (optional) ISO code the organisation is in
//   $skip     INTEGER  (optional) rows to pass over, for paging
//   $limit    INTEGER  maximum rows
// returns: org_id, name, country, kind, type, people, score
// `people` counts distinct people who studied or worked there (as org_profile does), not their spells.
WITH [w IN split(toLower(trim($q)), ' ') WHERE w <> ''] AS words,
     [w IN split(coalesce($folded, toLower(trim($q))), ' ') WHERE w <> ''] AS folded, toLower(trim($q)) AS phrase
MATCH (o:Organization)
WHERE $country IS NULL OR o.country = $country
WITH o, words, folded, phrase, toLower(o.name) AS name,
     toLower(o.name + ' ' + coalesce(o.aliases_text, '')) AS haystack
WHERE all(w IN words WHERE haystack CONTAINS w) OR ($folded IS NOT NULL AND all(w IN folded WHERE haystack CONTAINS w))
WITH o, CASE WHEN name = phrase THEN 3 WHEN name STARTS WITH phrase THEN 2 WHEN name CONTAINS phrase THEN 1 ELSE 0 END AS score
CALL {
  WITH o
  OPTIONAL MATCH (p:Person)-[:STUDIED_AT|WORKS_AT]->(o)
  RETURN count(DISTINCT p) AS people
}
RETURN o.id AS org_id, o.name AS name, o.country AS country, o.kind AS kind, o.type AS type, people, score
ORDER BY score DESC, people DESC, name, org_id
SKIP coalesce($skip, 0)
LIMIT $limit
