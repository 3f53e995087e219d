// Deletes up to $batch nodes with their relationships; call until it returns 0. Used by tests and
// the seed's --replace option, never by the API.
MATCH (n)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
