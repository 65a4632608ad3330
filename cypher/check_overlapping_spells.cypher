// check_overlapping_spells: byline spells of one person at one organisation that overlap in years (should be none).
// mode: read
// params:
//   $limit  INTEGER  maximum rows
// returns: person, org, first, second
MATCH (p:Person)-[s1:WORKS_AT|STUDIED_AT]->(o:Organization)<-[s2:WORKS_AT|STUDIED_AT]-(p)
WHERE s1.method = 'affiliation' AND s2.method = 'affiliation' AND type(s1) = type(s2)
  AND coalesce(s1.degree, '') = coalesce(s2.degree, '')
  AND s1.key < s2.key AND s1.start <= s2.end AND s2.start <= s1.end
RETURN p.id AS person, o.id AS org, s1.key AS first, s2.key AS second
LIMIT $limit
