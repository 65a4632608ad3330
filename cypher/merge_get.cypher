// merge_get: one recorded person merge, with its snapshot.
// mode: read
// params:
//   $id  STRING  merge:<uuid>
// returns: id, kept, merged, reason, score, at, undone_at, snapshot
MATCH (m:Merge {id: $id})
RETURN m.id AS id, m.kept AS kept, m.merged AS merged, m.reason AS reason, m.score AS score, m.at AS at,
       m.undone_at AS undone_at, m.snapshot AS snapshot
