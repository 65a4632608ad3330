// delete_person: delete one person and its relationships (the merged side of a person merge, after they were re-pointed).
// mode: write
// params:
//   $id  STRING  the person id
// returns: deleted
MATCH (p:Person {id: $id})
DETACH DELETE p
RETURN count(*) AS deleted
