// merge_paper_funders: Funder nodes and Paper-[:FUNDED_BY {award_id}]->Funder, one per paper, funder and award.
// mode: write
// params:
//   $rows  LIST<MAP>  {paper, paper_element (elementId from this transaction), funder, name, country, award_id, method}
// returns: funded
UNWIND $rows AS r
MATCH (w) WHERE elementId(w) = r.paper_element
MERGE (f:Funder {id: r.funder})
ON CREATE SET f.name = r.name
SET f.country = coalesce(f.country, r.country)
MERGE (w)-[g:FUNDED_BY {award_id: coalesce(r.award_id, '')}]->(f)
SET g.method = r.method, g.sources = [r.paper], g.confidence = 1.0
RETURN count(g) AS funded
