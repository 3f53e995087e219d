// Recreates a batch of backed-up nodes with their labels (labels come as parameters, never as Cypher text).
// Params: $rows [{key, labels, props, dates, datetimes}]. Returns created.
UNWIND $rows AS row
CREATE (n:RestoringNode)
SET n = row.props, n.restoreKey = row.key
SET n:$(row.labels)
WITH n, row
CALL (n, row) { UNWIND row.dates AS k SET n[k] = date(n[k]) }
CALL (n, row) { UNWIND row.datetimes AS k SET n[k] = datetime(n[k]) }
RETURN count(n) AS created
