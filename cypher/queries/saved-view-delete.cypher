// Deletes a saved view. Params: $id, $canSeeSensitive. Returns the id (no row when absent or hidden).
MATCH (v:SavedView {id: $id})
WHERE $canSeeSensitive OR NOT v.sensitive
WITH v, v.id AS id
DELETE v
RETURN id
