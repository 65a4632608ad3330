// recruit_nearby: people within $depth co-author hops of a person whose latest job is at an organisation of a kind in a country.
// mode: read
// params:
//   $person_id  STRING   the person at the centre (e.g. orcid:0000-0000-0000-1012)
//   $depth      INTEGER  hops (1-3)
//   $country    STRING   (optional) ISO code of the organisation they work at
//   $kind       STRING   (optional) University, Company, Lab, Government, or a ROR type such as education
//   $limit      INTEGER  maximum rows
// returns: person_id, name, hops, org_id, organization, country, kind, since, last_seen
MATCH (ego:Person {id: $person_id})
MATCH path = (ego)-[:CO_AUTHORED*1..3]-(other:Person)
WHERE length(path) <= $depth AND other.id <> ego.id
WITH other, min(length(path)) AS hops
MATCH (other)-[w:WORKS_AT]->(o:Organization)
WHERE ($country IS NULL OR o.country = $country)
  AND ($kind IS NULL OR toLower(coalesce(o.kind, '')) = toLower($kind) OR toLower(coalesce(o.type, '')) = toLower($kind))
  AND NOT EXISTS {
    MATCH (other)-[later:STUDIED_AT|WORKS_AT]->(:Organization)
    WHERE later.start > coalesce(w.end, w.start)
  }
// One row per person and organisation: bylines and articles may each give the same job.
RETURN other.id AS person_id, other.name AS name, hops, o.id AS org_id, o.name AS organization, o.country AS country,
       o.kind AS kind, min(w.start) AS since, max(w.end) AS last_seen
ORDER BY hops, name, organization
LIMIT $limit
