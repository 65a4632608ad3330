// policy_timeline: moves into and out of a policy's country, year by year, before and after the policy's year.
// mode: read
// params:
//   $policy_id  STRING   the policy (e.g. policy:thousand-talents-plan)
//   $window     INTEGER  (optional) years either side of the policy's year, 5 when left out
// returns: policy, country, policy_year, year, relative_year, period, moved_in, moved_out, net
MATCH (pol:Policy {id: $policy_id})
WITH pol, [pol.country] + [(pol)-[:APPLIES_TO]->(c:Country) WHERE c.id <> pol.country | c.id] AS countries,
     coalesce($window, 5) AS window
MATCH (p:Person)-[s1:STUDIED_AT|WORKS_AT]->(o1:Organization)
MATCH (p)-[s2:STUDIED_AT|WORKS_AT]->(o2:Organization)
WHERE o1.country IS NOT NULL AND o2.country IS NOT NULL AND o1.country <> o2.country
  AND (o1.country IN countries) <> (o2.country IN countries)
  AND s2.start > s1.start AND s2.start >= coalesce(s1.end, s1.start)
  AND s2.start >= pol.year - window AND s2.start <= pol.year + window
  AND NOT EXISTS {
    MATCH (p)-[s3:STUDIED_AT|WORKS_AT]->(:Organization)
    WHERE s3.start > s1.start AND s3.start < s2.start
  }
WITH pol, s2.start AS year, p, o2.country IN countries AS arriving
WITH pol, year, count(DISTINCT CASE WHEN arriving THEN p.id END) AS moved_in,
     count(DISTINCT CASE WHEN arriving THEN null ELSE p.id END) AS moved_out
RETURN pol.name AS policy, pol.country AS country, pol.year AS policy_year, year, year - pol.year AS relative_year,
       CASE WHEN year < pol.year THEN 'before' WHEN year = pol.year THEN 'in force' ELSE 'after' END AS period,
       moved_in, moved_out, moved_in - moved_out AS net
ORDER BY year
