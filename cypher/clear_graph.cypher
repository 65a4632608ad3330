// clear_graph: delete every node and relationship except the schema bookkeeping (tests; `kg query clear_graph --write` empties the graph).
// mode: write
// params:
// returns: deleted
MATCH (n)
WHERE NOT n:Migration
DETACH DELETE n
RETURN count(*) AS deleted
