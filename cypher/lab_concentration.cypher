// lab_concentration: organisations ranked by researchers active there each year, filtered by country and kind.
// mode: read
// params:
//   $country   STRING   (optional) ISO code of the organisations (e.g. US)
//   $kind      STRING   (optional) University, Company, Lab, Government, or a ROR type such as education
//   $since     INTEGER  (optional) first year counted
//   $until     INTEGER  (optional) last year counted
//   $per_year  INTEGER  organisations kept per year (the top ones)
// returns: year, org_id, organization, country, kind, researchers
MATCH (p:Person)-[s:STUDIED_AT|WORKS_AT]->(o:Organization)
WHERE s.start IS NOT NULL
  AND ($country IS NULL OR o.country = $country)
  AND ($kind IS NULL OR toLower(coalesce(o.kind, '')) = toLower($kind) OR toLower(coalesce(o.type, '')) = toLower($kind))
UNWIND range(s.start, coalesce(s.end, s.start)) AS year
WITH o, year, p
WHERE ($since IS NULL OR year >= $since) AND ($until IS NULL OR year <= $until)
WITH o, year, count(DISTINCT p) AS researchers
ORDER BY year, researchers DESC, o.name
WITH year, collect({org_id: o.id, organization: o.name, country: o.country, kind: o.kind, researchers: researchers}) AS ranked
UNWIND ranked[0..$per_year] AS top
RETURN year, top.org_id AS org_id, top.organization AS organization, top.country AS country, top.kind AS kind,
       top.researchers AS researchers
ORDER BY year, researchers DESC, organization
