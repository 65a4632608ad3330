// 0002_indexes: the properties the named queries filter and sort by.
// backends: arcadedb, neo4j
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX organization_country IF NOT EXISTS FOR (n:Organization) ON (n.country);
CREATE INDEX paper_year IF NOT EXISTS FOR (n:Paper) ON (n.year);
CREATE INDEX policy_country IF NOT EXISTS FOR (n:Policy) ON (n.country);
CREATE INDEX funder_name IF NOT EXISTS FOR (n:Funder) ON (n.name);
