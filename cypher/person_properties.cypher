// person_properties: all properties of one person (what a merge records for undo).
// mode: read
// params:
//   $id  STRING  the person id
// returns: props
MATCH (n:Person {id: $id})
RETURN properties(n) AS props
