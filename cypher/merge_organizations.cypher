// merge_organizations: create or update Organization nodes, their country and what they are PART_OF.
// mode: write
// params:
//   $rows  LIST<MAP>  {id, name, ror, country, country_name, type, kind, resolved, aliases (list), parents (list of {id, name})}
// returns: organizations
UNWIND $rows AS r
MERGE (o:Organization {id: r.id})
ON CREATE SET o.name = r.name, o.ror = r.ror, o.country = r.country, o.type = r.type, o.kind = r.kind,
              o.resolved = coalesce(r.resolved, true), o.aliases = r.aliases,
              o.aliases_text = reduce(s = '', a IN r.aliases | s + ' ' + a)
ON MATCH SET o.name = CASE WHEN o.name IS NULL OR o.name = o.id THEN r.name ELSE o.name END,
             o.ror = coalesce(r.ror, o.ror), o.country = coalesce(r.country, o.country),
             o.type = coalesce(r.type, o.type), o.kind = coalesce(r.kind, o.kind),
             o.resolved = coalesce(r.resolved, o.resolved, true)
WITH o, r, [a IN r.aliases WHERE NOT a IN coalesce(o.aliases, [])] AS new_aliases
FOREACH (_ IN CASE WHEN size(new_aliases) > 0 THEN [1] ELSE [] END |
  SET o.aliases = coalesce(o.aliases, []) + new_aliases,
      o.aliases_text = reduce(s = '', a IN coalesce(o.aliases, []) + new_aliases | s + ' ' + a))
FOREACH (code IN CASE WHEN r.country IS NULL THEN [] ELSE [r.country] END |
  MERGE (c:Country {id: code})
  ON CREATE SET c.name = r.country_name
  MERGE (o)-[:LOCATED_IN]->(c))
FOREACH (parent IN r.parents |
  MERGE (up:Organization {id: parent.id})
  ON CREATE SET up.name = coalesce(parent.name, parent.id)
  MERGE (o)-[:PART_OF]->(up))
RETURN count(o) AS organizations
