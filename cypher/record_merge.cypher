// record_merge: record one person merge: what was kept, what was merged into it, why, and a snapshot to undo it.
// mode: write
// params:
//   $id        STRING  merge:<uuid>
//   $kept      STRING  surviving person id
//   $merged    STRING  person id merged into it (deleted)
//   $reason    STRING  e.g. name+coauthor+org, orcid, rare-name
//   $score     FLOAT   0..1
//   $at        STRING  ISO 8601 UTC time of the merge
//   $snapshot  STRING  JSON: the merged node's properties and relationships, the kept node's prior state
// returns: id
CREATE (m:Merge {id: $id})
SET m.kept = $kept, m.merged = $merged, m.reason = $reason, m.score = $score, m.at = $at, m.snapshot = $snapshot
RETURN m.id AS id
