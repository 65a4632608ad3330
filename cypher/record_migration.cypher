// record_migration: mark a schema migration as applied.
// mode: write
// params:
//   $id          STRING   migration file name without extension
//   $applied_at  STRING   ISO timestamp
// returns: id
MERGE (m:Migration {id: $id})
ON CREATE SET m.applied_at = $applied_at
RETURN m.id AS id
