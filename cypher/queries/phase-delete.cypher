// Deletes a phase. Params: $id. Returns id; no row when it does not exist.
MATCH (p:Phase {id: $id})
WITH p, p.id AS id
DELETE p
RETURN id
