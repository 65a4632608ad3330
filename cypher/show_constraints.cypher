// show_constraints: the uniqueness constraints the graph enforces.
// mode: read
// params:
// returns: name, labelsOrTypes, properties
SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties
RETURN name, labelsOrTypes, properties
