// label_organizations: add the kind label (University, Company, Lab, Government) to existing organisations.
// mode: write
// params:
//   $rows  LIST<MAP>  {id, kind}
// returns: labelled
UNWIND $rows AS r
MATCH (o:Organization {id: r.id})
FOREACH (_ IN CASE WHEN r.kind = 'University' AND NOT o:University THEN [1] ELSE [] END | SET o:University)
FOREACH (_ IN CASE WHEN r.kind = 'Company' AND NOT o:Company THEN [1] ELSE [] END | SET o:Company)
FOREACH (_ IN CASE WHEN r.kind = 'Lab' AND NOT o:Lab THEN [1] ELSE [] END | SET o:Lab)
FOREACH (_ IN CASE WHEN r.kind = 'Government' AND NOT o:Government THEN [1] ELSE [] END | SET o:Government)
RETURN count(o) AS labelled
