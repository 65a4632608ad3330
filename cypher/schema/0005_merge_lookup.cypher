// 0005_merge_lookup: find the person an id was merged into, so re-loading a source never re-creates it.
// backends: arcadedb, neo4j
CREATE INDEX merge_merged IF NOT EXISTS FOR (n:Merge) ON (n.merged);
