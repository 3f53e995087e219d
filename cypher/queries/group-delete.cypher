// Deletes a group and its memberships and links. Params: $id. Returns the deleted id (no row when absent).
MATCH (g:Group {id: $id})
WITH g, g.id AS id
DETACH DELETE g
RETURN id
