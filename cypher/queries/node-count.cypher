// How many nodes the database holds. No params. Returns nodes.
MATCH (n) RETURN count(n) AS nodes
