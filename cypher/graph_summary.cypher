// graph_summary: how many people, organisations, papers and funders the graph holds (for health checks).
// mode: read
// params:
// returns: people, organizations, papers, funders
CALL { MATCH (n:Person) RETURN count(n) AS people }
CALL { MATCH (n:Organization) RETURN count(n) AS organizations }
CALL { MATCH (n:Paper) RETURN count(n) AS papers }
CALL { MATCH (n:Funder) RETURN count(n) AS funders }
RETURN people, organizations, papers, funders
