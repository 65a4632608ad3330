// label_organizations: add the kind label (University, Company, Lab, Government) to existing organisations.
// mode: write
// params:
//   $rows  LIST<MAP>  {id, kind}
// returns: labelled
UNWIND $rows AS r
MATCH (o:Organization {id: r.id})
// The stored kind is the first one seen (merge_organizations); the label follows it, not this batch's row.
WITH o, coalesce(o.kind, r.kind) AS kind
FOREACH (_ IN CASE WHEN kind = 'University' AND NOT o:University THEN [1] ELSE [] END | SET o:University)
FOREACH (_ IN CASE WHEN kind = 'Company' AND NOT o:Company THEN [1] ELSE [] END | SET o:Company)
FOREACH (_ IN CASE WHEN kind = 'Lab' AND NOT o:Lab THEN [1] ELSE [] END | SET o:Lab)
FOREACH (_ IN CASE WHEN kind = 'Government' AND NOT o:Government THEN [1] ELSE [] END | SET o:Government)
RETURN count(o) AS labelled
