// applied_migrations: schema migrations already applied to this graph.
// mode: read
// params:
// returns: id
MATCH (m:Migration)
RETURN m.id AS id
ORDER BY id
