// brain_drain: of those who studied at an organisation (or in a country), where they work now, by destination.
// mode: read
// params:
//   $org_id     STRING   where they studied (optional) e.g. ror:03cve4549
//   $country    STRING   ISO code of where they studied (optional) e.g. CN
//   $any_spell  BOOLEAN  (optional) also count people who only worked there: bylines seldom say "student"
//   $limit      INTEGER  maximum rows
// returns: org_id, organization, country, abroad, people, person_ids
MATCH (p:Person)-[s:STUDIED_AT|WORKS_AT]->(o:Organization)
WHERE (type(s) = 'STUDIED_AT' OR coalesce($any_spell, false))
  AND ($org_id IS NULL OR o.id = $org_id) AND ($country IS NULL OR o.country = $country)
// A degree read in text is often dated only by its end ("received her PhD from X in 2014"); with no year at all,
// every dated job counts.
WITH p, min(coalesce(s.start, s.end)) AS studied_from, collect(DISTINCT o.country) AS origins
MATCH (p)-[w:WORKS_AT]->(now:Organization)
WHERE w.start IS NOT NULL AND (studied_from IS NULL OR w.start >= studied_from)
WITH p, origins, w, now
ORDER BY coalesce(w.end, w.start) DESC, w.start DESC, now.name
WITH p, origins, collect(now)[0] AS now
WITH now, now.country IS NOT NULL AND NOT now.country IN origins AS abroad, collect(p.id) AS person_ids
RETURN now.id AS org_id, now.name AS organization, now.country AS country, abroad,
       size(person_ids) AS people, person_ids
ORDER BY people DESC, organization
LIMIT $limit
