// merge_funders: create or update Funder nodes named in text.
// mode: write
// params:
//   $rows  LIST<MAP>  {id, name, country, aliases (list)}
// returns: funders
UNWIND $rows AS r
MERGE (f:Funder {id: r.id})
SET f.name = coalesce(f.name, r.name), f.country = coalesce(f.country, r.country),
    f.aliases = coalesce(f.aliases, []) + [a IN r.aliases WHERE NOT a IN coalesce(f.aliases, [])]
RETURN count(f) AS funders
