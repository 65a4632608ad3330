// delete_stale_spells: remove byline-derived spells that the current bylines no longer support.
// mode: write
// params:
//   $rows  LIST<MAP>  {person, keys (spell keys still supported)}
// returns: deleted
UNWIND $rows AS r
MATCH (p:Person {id: r.person})-[s:WORKS_AT|STUDIED_AT]->(:Organization)
WHERE s.method = 'affiliation' AND NOT s.key IN r.keys
DELETE s
RETURN count(*) AS deleted
