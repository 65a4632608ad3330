// list_merges: recorded person merges, newest first.
// mode: read
// params:
//   $limit  INTEGER  maximum rows
// returns: id, kept, merged, reason, score, at, undone_at
MATCH (m:Merge)
RETURN m.id AS id, m.kept AS kept, m.merged AS merged, m.reason AS reason, m.score AS score, m.at AS at,
       m.undone_at AS undone_at
ORDER BY at DESC
LIMIT $limit
