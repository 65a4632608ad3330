// merge_coauthors: one CO_AUTHORED per pair (from the smaller id), counting each paper once.
// mode: write
// params:
//   $rows  LIST<MAP>  {a, b, papers (paper ids), first_year, last_year, method}
// returns: pairs
UNWIND $rows AS r
MATCH (a:Person {id: r.a})
MATCH (b:Person {id: r.b})
MERGE (a)-[c:CO_AUTHORED]->(b)
ON CREATE SET c.sources = [], c.method = r.method, c.confidence = 1.0
WITH c, r, c.sources + [x IN r.papers WHERE NOT x IN c.sources] AS papers
SET c.sources = papers,
    c.papers = size(papers),
    c.first_year = CASE WHEN c.first_year IS NULL OR r.first_year < c.first_year THEN r.first_year ELSE c.first_year END,
    c.last_year = CASE WHEN c.last_year IS NULL OR r.last_year > c.last_year THEN r.last_year ELSE c.last_year END
RETURN count(c) AS pairs
