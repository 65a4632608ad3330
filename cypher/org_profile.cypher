// org_profile: an organisation with its people joining and moving out by year, and the funders of its papers.
// mode: read
// params:
//   $org_id  STRING  the organisation (e.g. ror:03cve4549)
// returns: org_id, name, country, countries, kind, type, ror, aliases, parents, people, by_year, funders
MATCH (o:Organization {id: $org_id})
CALL {
  WITH o
  OPTIONAL MATCH (p:Person)-[s:STUDIED_AT|WORKS_AT]->(o)
  OPTIONAL MATCH (p)-[n:STUDIED_AT|WORKS_AT]->(other:Organization)
  WHERE other.id <> o.id AND n.start > coalesce(s.end, s.start)
  WITH p, s, min(n.start) AS moved_out
  UNWIND [{year: s.start, joined: true}, {year: moved_out, joined: false}] AS event
  WITH p, event WHERE event.year IS NOT NULL
  // People, not spells: bylines and an article may each give a spell starting the same year.
  WITH event.year AS year, count(DISTINCT CASE WHEN event.joined THEN p.id END) AS joined,
       count(DISTINCT CASE WHEN event.joined THEN null ELSE p.id END) AS left
  ORDER BY year
  RETURN collect({year: year, joined: joined, left: left}) AS by_year
}
CALL {
  WITH o
  OPTIONAL MATCH (p:Person)-[:STUDIED_AT|WORKS_AT]->(o)
  RETURN count(DISTINCT p) AS people
}
CALL {
  WITH o
  OPTIONAL MATCH (p:Person)-[:STUDIED_AT|WORKS_AT]->(o)
  WITH DISTINCT o, p
  OPTIONAL MATCH (p)-[a:AUTHORED]->(w:Paper)-[:FUNDED_BY]->(f:Funder)
  WHERE o.id IN a.affiliations
  WITH f, count(DISTINCT w) AS papers
  WHERE f IS NOT NULL
  ORDER BY papers DESC, f.name
  RETURN collect({funder_id: f.id, funder: f.name, papers: papers}) AS funders
}
// `country` is the first one seen; `countries` every one (a multinational known only by its name).
RETURN o.id AS org_id, o.name AS name, o.country AS country,
       [(o)-[:LOCATED_IN]->(c:Country) | c.id] AS countries, o.kind AS kind, o.type AS type, o.ror AS ror,
       coalesce(o.aliases, []) AS aliases, [(o)-[:PART_OF]->(up:Organization) | {id: up.id, name: up.name}] AS parents,
       people, by_year, funders
