// people_search: people whose name or any alias contains every word of $q (case-insensitive), best matches first;
// when nobody does, people whose names hold at least 70% of the query's letter triples (typos: "yoshua bengo").
// mode: read
// params:
//   $q       STRING   words to look for (e.g. "mei lan"); empty lists everyone
//   $folded  STRING   (optional) $q folded to lower-case ASCII (kg.search_text.folded_query: "ana sofía" -> "ana sofia", 王伟 -> "wangwei"); its words may match instead
//   $skip    INTEGER  (optional) rows to pass over, for paging
//   $limit   INTEGER  maximum rows
// returns: person_id, name, aliases, papers, score
// score: 3 the name is $q, 2 it starts with $q, 1 it contains $q, 0 every word is somewhere in the names;
// below 0 a near match (the share of letter triples found, minus 1).
// `aliases_text` holds every spelling raw and folded, so a raw query matches raw names and a folded one folded names.
WITH [w IN split(toLower(trim($q)), ' ') WHERE w <> ''] AS words,
     [w IN split(coalesce($folded, toLower(trim($q))), ' ') WHERE w <> ''] AS folded, toLower(trim($q)) AS phrase
CALL {
  WITH words, folded, phrase
  MATCH (p:Person)
  WITH p, words, folded, phrase, toLower(p.name) AS name,
       toLower(p.name + ' ' + coalesce(p.aliases_text, '')) AS haystack
  WHERE all(w IN words WHERE haystack CONTAINS w) OR ($folded IS NOT NULL AND all(w IN folded WHERE haystack CONTAINS w))
  RETURN p, CASE WHEN name = phrase THEN 3 WHEN name STARTS WITH phrase THEN 2 WHEN name CONTAINS phrase THEN 1
                 ELSE 0 END AS score
  UNION ALL
  // Near matches only when there is no match at all: a typo should not bury exact hits.
  WITH words, folded, phrase
  WITH words, folded WHERE size(words) > 0 AND NOT EXISTS {
    MATCH (x:Person)
    WITH x, toLower(x.name + ' ' + coalesce(x.aliases_text, '')) AS haystack
    WHERE all(w IN words WHERE haystack CONTAINS w) OR ($folded IS NOT NULL AND all(w IN folded WHERE haystack CONTAINS w)) }
  WITH reduce(acc = [], w IN folded | acc + CASE WHEN size(w) <= 3 THEN [w]
                                              ELSE [i IN range(0, size(w) - 3) | substring(w, i, 3)] END) AS grams
  MATCH (p:Person)
  WITH p, grams, toLower(p.name + ' ' + coalesce(p.aliases_text, '')) AS haystack
  WITH p, toFloat(size([g IN grams WHERE haystack CONTAINS g])) / size(grams) AS similarity
  WHERE similarity >= 0.7
  RETURN p, similarity - 1.0 AS score
}
RETURN p.id AS person_id, p.name AS name, coalesce(p.aliases, []) AS aliases,
       COUNT { (p)-[:AUTHORED]->(:Paper) } AS papers, score
ORDER BY score DESC, papers DESC, name, person_id
SKIP coalesce($skip, 0)
LIMIT $limit
