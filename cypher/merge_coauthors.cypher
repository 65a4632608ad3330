// merge_coauthors: one CO_AUTHORED per pair (from the smaller id), counting each paper once.
// mode: write
// params:
//   $rows  LIST<MAP>  {a, b, a_element, b_element (elementIds from this transaction), papers (distinct paper ids), first_year, last_year, method}
// returns: pairs
UNWIND $rows AS r
// By elementId, as in merge_authored: half the cost of a CO_AUTHORED row was the two id-index lookups.
MATCH (a) WHERE elementId(a) = r.a_element
MATCH (b) WHERE elementId(b) = r.b_element
MERGE (a)-[c:CO_AUTHORED]->(b)
// A new pair (most rows of a first load) is written in one step; a known pair adds only unseen papers.
// `papers` is computed from the old `sources` so it is right whether SET items see earlier ones or not.
ON CREATE SET c.sources = r.papers, c.papers = size(r.papers), c.first_year = r.first_year,
              c.last_year = r.last_year, c.method = r.method, c.confidence = 1.0
ON MATCH SET c.sources = c.sources + [x IN r.papers WHERE NOT x IN c.sources],
             c.papers = size(c.sources) + size([x IN r.papers WHERE NOT x IN c.sources]),
             c.first_year = CASE WHEN c.first_year IS NULL OR r.first_year < c.first_year THEN r.first_year
                                 ELSE c.first_year END,
             c.last_year = CASE WHEN c.last_year IS NULL OR r.last_year > c.last_year THEN r.last_year
                                ELSE c.last_year END
RETURN count(c) AS pairs
