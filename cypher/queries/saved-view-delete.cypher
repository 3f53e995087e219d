// Deletes a saved view (editors only, who may see every view). Params: $id. Returns the id (no row when absent).
MATCH (v:SavedView {id: $id})
WITH v, v.id AS id
DELETE v
RETURN id
