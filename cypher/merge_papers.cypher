// merge_papers: create or update Paper nodes from a batch.
// mode: write
// params:
//   $rows  LIST<MAP>  {id, title, year, venue, doi, source}
// returns: elements
UNWIND $rows AS r
MERGE (w:Paper {id: r.id})
ON CREATE SET w.title = r.title, w.year = r.year, w.venue = r.venue, w.doi = r.doi,
              w.sources = CASE WHEN r.source IS NULL THEN [] ELSE [r.source] END
ON MATCH SET w.title = r.title, w.year = coalesce(r.year, w.year), w.venue = coalesce(r.venue, w.venue),
             w.doi = coalesce(r.doi, w.doi)
FOREACH (_ IN CASE WHEN r.source IS NULL OR r.source IN w.sources THEN [] ELSE [1] END |
  SET w.sources = w.sources + r.source)
// [id, elementId] per row, for the relationship statements later in this transaction (an elementId
// holds within one transaction only). One collected row: a row per input row was ~1.5x slower on ArcadeDB.
RETURN collect([r.id, elementId(w)]) AS elements
