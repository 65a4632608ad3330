// set_person: create a person or set its properties to exactly the given map (person merge and undo).
// mode: write
// params:
//   $id     STRING  the person id
//   $props  MAP     every property of the node, `id` included
// returns: people
MERGE (p:Person {id: $id})
SET p = $props
RETURN count(p) AS people
