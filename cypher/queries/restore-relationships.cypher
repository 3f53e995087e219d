// Recreates a batch of backed-up relationships between restored nodes.
// Params: $rows [{from, to, type, props, dates, datetimes}]. Returns created.
UNWIND $rows AS row
MATCH (a:RestoringNode {restoreKey: row.from})
MATCH (b:RestoringNode {restoreKey: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
WITH r, row
CALL (r, row) { UNWIND row.dates AS k SET r[k] = date(r[k]) }
CALL (r, row) { UNWIND row.datetimes AS k SET r[k] = datetime(r[k]) }
RETURN count(r) AS created
