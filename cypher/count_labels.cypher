// count_labels: nodes per label, for status reports and load summaries.
// mode: read
// params:
// returns: label, count
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
