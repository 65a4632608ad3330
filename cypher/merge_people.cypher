// merge_people: create or update Person nodes; every spelling seen is kept in `aliases`.
// mode: write
// params:
//   $rows  LIST<MAP>  {id, name, names (list), orcid, openalex, openreview, email_domains (list)}
// returns: people
UNWIND $rows AS r
MERGE (p:Person {id: r.id})
ON CREATE SET p.name = r.name
SET p.orcid = coalesce(r.orcid, p.orcid),
    p.openalex = coalesce(r.openalex, p.openalex),
    p.openreview = coalesce(r.openreview, p.openreview),
    p.aliases = coalesce(p.aliases, []) + [n IN r.names WHERE NOT n IN coalesce(p.aliases, [])],
    p.email_domains = coalesce(p.email_domains, []) + [d IN r.email_domains WHERE NOT d IN coalesce(p.email_domains, [])]
SET p.aliases_text = reduce(s = '', n IN p.aliases | s + ' ' + n)
RETURN count(p) AS people
