// country_flows: moves between countries by year, from each person's consecutive spells.
// mode: read
// params:
//   $from_country  STRING   ISO code the move starts in (optional)
//   $to_country    STRING   ISO code the move ends in (optional)
//   $since         INTEGER  first year of arrival counted (optional)
//   $until         INTEGER  last year of arrival counted (optional)
// returns: from_country, to_country, year, people
MATCH (p:Person)-[s1:STUDIED_AT|WORKS_AT]->(o1:Organization)
MATCH (p)-[s2:STUDIED_AT|WORKS_AT]->(o2:Organization)
WHERE o1.country IS NOT NULL AND o2.country IS NOT NULL AND o1.country <> o2.country
  AND s2.start > s1.start AND s2.start >= coalesce(s1.end, s1.start)
  AND ($from_country IS NULL OR o1.country = $from_country)
  AND ($to_country IS NULL OR o2.country = $to_country)
  AND ($since IS NULL OR s2.start >= $since)
  AND ($until IS NULL OR s2.start <= $until)
  AND NOT EXISTS {
    MATCH (p)-[s3:STUDIED_AT|WORKS_AT]->(:Organization)
    WHERE s3.start > s1.start AND s3.start < s2.start
  }
RETURN o1.country AS from_country, o2.country AS to_country, s2.start AS year, count(DISTINCT p) AS people
ORDER BY year, people DESC, from_country, to_country
