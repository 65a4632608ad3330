// merge_policies: create or update Policy nodes and the country each applies to.
// mode: write
// params:
//   $rows  LIST<MAP>  {id, name, country, country_name, year, kind, aliases (list)}
// returns: policies
UNWIND $rows AS r
MERGE (x:Policy {id: r.id})
SET x.name = coalesce(x.name, r.name), x.country = coalesce(r.country, x.country),
    x.year = coalesce(r.year, x.year), x.kind = coalesce(r.kind, x.kind),
    x.aliases = coalesce(x.aliases, []) + [a IN r.aliases WHERE NOT a IN coalesce(x.aliases, [])]
FOREACH (code IN CASE WHEN r.country IS NULL THEN [] ELSE [r.country] END |
  MERGE (c:Country {id: code})
  ON CREATE SET c.name = r.country_name
  MERGE (x)-[:APPLIES_TO]->(c))
RETURN count(x) AS policies
