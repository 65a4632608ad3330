// create_papers: Paper nodes the loader knows are new (not in the graph when their batch was checked, not in a batch still being written).
// mode: write
// params:
//   $rows  LIST<MAP>  {id, title, year, venue, doi, source}
// returns: elements
// What merge_papers sets on create, without its lookup and update steps. A paper someone else
// created meanwhile fails the id constraint, and the loader then writes the batch through merge_papers.
UNWIND $rows AS r
CREATE (w:Paper {id: r.id, title: r.title, year: r.year, venue: r.venue, doi: r.doi,
                 sources: CASE WHEN r.source IS NULL THEN [] ELSE [r.source] END})
RETURN collect([r.id, elementId(w)]) AS elements
