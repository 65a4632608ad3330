// 0003_fulltext: full-text search over names and aliases (Neo4j only; ArcadeDB's Cypher has no FULLTEXT index).
// backends: neo4j
CREATE FULLTEXT INDEX person_names IF NOT EXISTS FOR (n:Person) ON EACH [n.name, n.aliases_text];
CREATE FULLTEXT INDEX organization_names IF NOT EXISTS FOR (n:Organization) ON EACH [n.name, n.aliases_text];
