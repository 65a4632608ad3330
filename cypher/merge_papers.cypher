// merge_papers: create or update Paper nodes from a batch.
// mode: write
// params:
//   $rows  LIST<MAP>  {id, title, year, venue, doi, source}
// returns: papers
UNWIND $rows AS r
MERGE (w:Paper {id: r.id})
SET w.title = r.title, w.year = r.year, w.venue = r.venue, w.doi = r.doi
WITH w, r
SET w.sources = CASE WHEN r.source IS NULL OR r.source IN coalesce(w.sources, []) THEN w.sources
                     ELSE coalesce(w.sources, []) + r.source END
RETURN count(w) AS papers
