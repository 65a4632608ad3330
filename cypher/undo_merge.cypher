// undo_merge: mark a person merge undone (the audit record stays; its snapshot has been restored).
// mode: write
// params:
//   $id  STRING  merge:<uuid>
//   $at  STRING  ISO 8601 UTC time of the undo
// returns: id
MATCH (m:Merge {id: $id})
SET m.undone_at = $at
RETURN m.id AS id
