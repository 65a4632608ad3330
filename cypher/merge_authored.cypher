// merge_authored: link authors to papers with byline position, role and the organisations they gave.
// mode: write
// params:
//   $rows  LIST<MAP>  {person, paper, person_element, paper_element (elementIds from this transaction), position, role, affiliations (org ids), degrees (parallel: degree, or "" for a job), year, method}
// returns: authored
UNWIND $rows AS r
// By elementId: the loader's node statements (merge_papers, create_people, merge_people, person_elements)
// returned them in this transaction, and a lookup by element id is several times cheaper than one
// through the id index on ArcadeDB.
MATCH (p) WHERE elementId(p) = r.person_element
MATCH (w) WHERE elementId(w) = r.paper_element
MERGE (p)-[a:AUTHORED]->(w)
ON CREATE SET a.position = r.position, a.role = r.role, a.affiliations = r.affiliations, a.degrees = r.degrees,
              a.year = r.year, a.method = r.method, a.sources = [r.paper], a.confidence = 1.0
// A pair is new in a first load, so the common path is one ON CREATE step; a re-load may bring
// better-linked affiliations (after a ROR import), anything else stays as it was.
ON MATCH SET a.affiliations = r.affiliations, a.degrees = r.degrees
RETURN count(a) AS authored
