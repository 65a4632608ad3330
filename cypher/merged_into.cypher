// merged_into: for person ids that were merged away (and not undone), the person they were merged into.
// mode: read
// params:
//   $ids  LIST<STRING>  person ids
// returns: id, kept
UNWIND $ids AS pid
MATCH (m:Merge {merged: pid})
WHERE m.undone_at IS NULL
RETURN pid AS id, m.kept AS kept
