// Deletes up to $batch relationships; call until it returns 0, before wipe-batch. Deleting relationships
// first keeps each transaction small: a hub (a country or theme of a 100k-actor map) has ~100k of them,
// too many to DETACH DELETE within the transaction memory limit. Tests and --replace only.
MATCH ()-[r]->()
WITH r LIMIT $batch
DELETE r
RETURN count(*) AS deleted
