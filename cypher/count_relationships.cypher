// count_relationships: how many relationships of each type the graph holds.
// mode: read
// params:
// returns: type, count
MATCH ()-[r]->()
RETURN type(r) AS type, count(r) AS count
ORDER BY type
