// Deletes a theme and the interests in it. Params: $id. Returns the deleted id (no row when absent).
MATCH (t:Theme {id: $id})
WITH t, t.id AS id
DETACH DELETE t
RETURN id
