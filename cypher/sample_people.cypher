// sample_people: a slice of the people with at least one co-author and one spell (benchmarks and demos pick from it).
// mode: read
// params:
//   $skip   INTEGER  people to pass over first
//   $limit  INTEGER  maximum rows
// returns: person_id
MATCH (p:Person)
WHERE EXISTS { (p)-[:CO_AUTHORED]-(:Person) } AND EXISTS { (p)-[:WORKS_AT|STUDIED_AT]->(:Organization) }
RETURN p.id AS person_id
SKIP $skip
LIMIT $limit
