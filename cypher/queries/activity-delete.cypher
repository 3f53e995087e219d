// Deletes an activity with its participations and links (the actors, countries and themes stay).
// Params: $id. Returns the deleted id (no row when absent).
MATCH (x:Activity {id: $id})
WITH x, x.id AS id
DETACH DELETE x
RETURN id
