// people_search: people whose name or any alias contains every word of $q (case-insensitive), best matches first.
// mode: read
// params:
//   $q      STRING   words to look for (e.g. "mei lan"); empty lists everyone
//   $skip   INTEGER  (optional) rows to pass over, for paging
//   $limit  INTEGER  maximum rows
// returns: person_id, name, aliases, papers, score
WITH [w IN split(toLower(trim($q)), ' ') WHERE w <> ''] AS words, toLower(trim($q)) AS phrase
MATCH (p:Person)
WITH p, words, phrase, toLower(p.name) AS name, toLower(p.name + ' ' + coalesce(p.aliases_text, '')) AS haystack
WHERE all(w IN words WHERE haystack CONTAINS w)
WITH p, CASE WHEN name = phrase THEN 3 WHEN name STARTS WITH phrase THEN 2 WHEN name CONTAINS phrase THEN 1 ELSE 0 END AS score
RETURN p.id AS person_id, p.name AS name, coalesce(p.aliases, []) AS aliases,
       COUNT { (p)-[:AUTHORED]->(:Paper) } AS papers, score
ORDER BY score DESC, papers DESC, name, person_id
SKIP coalesce($skip, 0)
LIMIT $limit
