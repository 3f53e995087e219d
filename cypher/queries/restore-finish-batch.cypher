// Drops the restore bookkeeping from up to $batch nodes; call until it returns 0. Returns finished.
MATCH (n:RestoringNode)
WITH n LIMIT $batch
REMOVE n:RestoringNode, n.restoreKey
RETURN count(n) AS finished
