// 0004_kind_labels: organisations also carry a kind label (University, Company, Lab, Government) on Neo4j.
// ArcadeDB maps labels to types and cannot re-type a vertex whose unique index it holds, so there the
// kind lives only in the `kind` property, which every named query filters on.
// backends: neo4j
CREATE CONSTRAINT university_id IF NOT EXISTS FOR (n:University) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT lab_id IF NOT EXISTS FOR (n:Lab) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT government_id IF NOT EXISTS FOR (n:Government) REQUIRE n.id IS UNIQUE;
