// create_coauthors: CO_AUTHORED pairs with a person new in this batch (no such pair exists yet), as merge_coauthors creates them.
// mode: write
// params:
//   $rows  LIST<MAP>  {a, b, a_element, b_element (elementIds from this transaction), papers (distinct paper ids), first_year, last_year, method}
// returns: pairs
UNWIND $rows AS r
MATCH (a) WHERE elementId(a) = r.a_element
MATCH (b) WHERE elementId(b) = r.b_element
CREATE (a)-[c:CO_AUTHORED {sources: r.papers, papers: size(r.papers), first_year: r.first_year,
                           last_year: r.last_year, method: r.method, confidence: 1.0}]->(b)
RETURN count(c) AS pairs
