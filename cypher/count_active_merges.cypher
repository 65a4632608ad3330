// count_active_merges: how many person merges are in force (a load with none skips mapping ids to survivors).
// mode: read
// params:
// returns: merges
MATCH (m:Merge)
WHERE m.undone_at IS NULL
RETURN count(m) AS merges
