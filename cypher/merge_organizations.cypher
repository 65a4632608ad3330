// merge_organizations: create or update Organization nodes, their country and what they are PART_OF.
// mode: write
// params:
//   $rows  LIST<MAP>  {id, name, ror, country (the first seen), countries (list of {code, name}: every one seen), type, kind,
//                     resolved, aliases (list), parents (list of {id, name}),
//                     folded (list, optional: the aliases folded to ASCII where that differs, kg.search_text)}
// `aliases_text` is what searches match: every alias, raw and folded.
// returns: organizations
UNWIND $rows AS r
MERGE (o:Organization {id: r.id})
ON CREATE SET o.name = r.name, o.ror = r.ror, o.country = r.country, o.type = r.type, o.kind = r.kind,
              o.resolved = coalesce(r.resolved, true), o.aliases = r.aliases,
              o.aliases_text = reduce(s = '', a IN r.aliases + coalesce(r.folded, []) | s + ' ' + a)
// The first value seen stays: the graph must not depend on input order within and across batches.
ON MATCH SET o.name = CASE WHEN o.name IS NULL OR o.name = o.id THEN r.name ELSE o.name END,
             o.ror = coalesce(o.ror, r.ror), o.country = coalesce(o.country, r.country),
             o.type = coalesce(o.type, r.type), o.kind = coalesce(o.kind, r.kind),
             o.resolved = coalesce(r.resolved, o.resolved, true)
WITH o, r, toLower(coalesce(o.aliases_text, '')) AS text
WITH o, r, [a IN r.aliases WHERE NOT a IN coalesce(o.aliases, [])] AS new_aliases,
     [f IN coalesce(r.folded, []) WHERE NOT text CONTAINS f] AS new_folded
FOREACH (_ IN CASE WHEN size(new_aliases) + size(new_folded) > 0 THEN [1] ELSE [] END |
  SET o.aliases_text = coalesce(o.aliases_text, reduce(s = '', a IN coalesce(o.aliases, []) | s + ' ' + a))
                       + reduce(s = '', a IN new_aliases + new_folded | s + ' ' + a),
      o.aliases = coalesce(o.aliases, []) + new_aliases)
// A multinational known only by name (Sony, Nokia Bell Labs) is LOCATED_IN every country it was seen in.
FOREACH (country IN r.countries |
  MERGE (c:Country {id: country.code})
  ON CREATE SET c.name = country.name
  MERGE (o)-[:LOCATED_IN]->(c))
// `structured`: the link stands on ROR or a byline too, so re-reading an article that also said it keeps it.
FOREACH (parent IN r.parents |
  MERGE (up:Organization {id: parent.id})
  ON CREATE SET up.name = coalesce(parent.name, parent.id)
  MERGE (o)-[x:PART_OF]->(up)
  SET x.structured = true)
RETURN count(o) AS organizations
