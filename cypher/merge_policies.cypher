// merge_policies: create or update Policy nodes and the Country each APPLIES_TO.
// mode: write
// params:
//   $rows  LIST<MAP>  {id, name, country (ISO alpha-2), year, kind (visa, talent_program, export_control, funding, regulation)}
// returns: policies
UNWIND $rows AS r
MERGE (pol:Policy {id: r.id})
SET pol.name = r.name, pol.country = r.country, pol.year = r.year, pol.kind = r.kind
MERGE (c:Country {id: r.country})
MERGE (pol)-[:APPLIES_TO]->(c)
RETURN count(pol) AS policies
