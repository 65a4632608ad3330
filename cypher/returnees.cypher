// returnees: people who left a country and came back after at least $min_years abroad.
// mode: read
// params:
//   $country    STRING   ISO code of the home country (e.g. CN)
//   $min_years  INTEGER  least years between leaving and coming back (e.g. 3)
//   $limit      INTEGER  maximum rows
// returns: person_id, person, left_in, abroad_countries, abroad_orgs, returned_in, returned_to, years_abroad
MATCH (p:Person)-[h:STUDIED_AT|WORKS_AT]->(:Organization {country: $country})
MATCH (p)-[b:STUDIED_AT|WORKS_AT]->(away:Organization)
WHERE away.country IS NOT NULL AND away.country <> $country
  AND b.start > h.start AND b.start >= coalesce(h.end, h.start)
MATCH (p)-[r:STUDIED_AT|WORKS_AT]->(back:Organization {country: $country})
WHERE r.start > b.start AND r.start >= coalesce(b.end, b.start)
WITH p, r, back, min(b.start) AS left_in, collect(DISTINCT away.country) AS abroad_countries,
     collect(DISTINCT away.name) AS abroad_orgs
WHERE r.start - left_in >= $min_years
WITH p, r, back, left_in, abroad_countries, abroad_orgs
ORDER BY r.start, back.name
WITH p, collect({left_in: left_in, countries: abroad_countries, orgs: abroad_orgs, year: r.start, org: back.name})[0] AS first
RETURN p.id AS person_id, p.name AS person, first.left_in AS left_in, first.countries AS abroad_countries,
       first.orgs AS abroad_orgs, first.year AS returned_in, first.org AS returned_to,
       first.year - first.left_in AS years_abroad
ORDER BY returned_in DESC, person
LIMIT $limit
