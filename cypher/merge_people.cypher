// merge_people: create or update Person nodes; every spelling seen is kept in `aliases`, and in
// `aliases_text` (what searches match) with its ASCII folding.
// mode: write
// params:
//   $rows  LIST<MAP>  {id, name, names (list), orcid, openalex, openreview, email_domains (list),
//                     folded (list, optional: the names folded to ASCII where that differs, kg.search_text)}
// returns: elements
UNWIND $rows AS r
MERGE (p:Person {id: r.id})
ON CREATE SET p.name = r.name, p.orcid = r.orcid, p.openalex = r.openalex, p.openreview = r.openreview,
              p.aliases = r.names, p.email_domains = r.email_domains,
              p.aliases_text = reduce(s = '', n IN r.names + coalesce(r.folded, []) | s + ' ' + n)
WITH p, r, toLower(coalesce(p.aliases_text, '')) AS text
WITH p, r, [n IN r.names WHERE NOT n IN coalesce(p.aliases, [])] AS new_names,
     [d IN r.email_domains WHERE NOT d IN coalesce(p.email_domains, [])] AS new_domains,
     // A folded form already inside the text changes no search: only the others are added.
     [f IN coalesce(r.folded, []) WHERE NOT text CONTAINS f] AS new_folded
// Only what is new is written: most rows of a large load meet a person already complete.
FOREACH (_ IN CASE WHEN size(new_names) + size(new_folded) > 0 THEN [1] ELSE [] END |
  SET p.aliases_text = coalesce(p.aliases_text, reduce(s = '', n IN coalesce(p.aliases, []) | s + ' ' + n))
                       + reduce(s = '', n IN new_names + new_folded | s + ' ' + n),
      p.aliases = coalesce(p.aliases, []) + new_names)
FOREACH (_ IN CASE WHEN size(new_domains) > 0 THEN [1] ELSE [] END |
  SET p.email_domains = coalesce(p.email_domains, []) + new_domains)
FOREACH (_ IN CASE WHEN p.orcid IS NULL AND r.orcid IS NOT NULL THEN [1] ELSE [] END | SET p.orcid = r.orcid)
FOREACH (_ IN CASE WHEN p.openalex IS NULL AND r.openalex IS NOT NULL THEN [1] ELSE [] END | SET p.openalex = r.openalex)
FOREACH (_ IN CASE WHEN p.openreview IS NULL AND r.openreview IS NOT NULL THEN [1] ELSE [] END |
  SET p.openreview = r.openreview)
// [id, elementId] per row, for the relationship statements later in this transaction (an elementId
// holds within one transaction only). One collected row: a row per input row was ~1.5x slower on ArcadeDB.
RETURN collect([r.id, elementId(p)]) AS elements
