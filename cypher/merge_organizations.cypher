// merge_organizations: create or update Organization nodes, their country and what they are PART_OF.
// mode: write
// params:
//   $rows  LIST<MAP>  {id, name, ror, country, country_name, type, kind, resolved, aliases (list), parents (list of {id, name})}
// returns: organizations
UNWIND $rows AS r
MERGE (o:Organization {id: r.id})
SET o.name = CASE WHEN o.name IS NULL OR o.name = o.id THEN r.name ELSE o.name END,
    o.ror = coalesce(r.ror, o.ror),
    o.country = coalesce(r.country, o.country),
    o.type = coalesce(r.type, o.type),
    o.kind = coalesce(r.kind, o.kind),
    o.resolved = coalesce(r.resolved, o.resolved, true),
    o.aliases = coalesce(o.aliases, []) + [a IN r.aliases WHERE NOT a IN coalesce(o.aliases, [])]
SET o.aliases_text = reduce(s = '', a IN o.aliases | s + ' ' + a)
FOREACH (code IN CASE WHEN r.country IS NULL THEN [] ELSE [r.country] END |
  MERGE (c:Country {id: code})
  ON CREATE SET c.name = r.country_name
  MERGE (o)-[:LOCATED_IN]->(c))
FOREACH (parent IN r.parents |
  MERGE (up:Organization {id: parent.id})
  ON CREATE SET up.name = coalesce(parent.name, parent.id)
  MERGE (o)-[:PART_OF]->(up))
RETURN count(o) AS organizations
