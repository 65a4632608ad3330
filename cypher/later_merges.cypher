// later_merges: merges into the same person made after a given one and not undone (they must be undone first).
// mode: read
// params:
//   $kept  STRING  surviving person id
//   $at    STRING  ISO 8601 time of the merge being undone
// returns: id, at
MATCH (m:Merge {kept: $kept})
WHERE m.at > $at AND m.undone_at IS NULL
RETURN m.id AS id, m.at AS at
ORDER BY at DESC
