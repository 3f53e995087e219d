// Deletes an actor and every relationship it has, in one statement. Params: $id, $canSeeSensitive.
// Returns the deleted id (no row when absent or hidden).
MATCH (a:Actor {id: $id})
WHERE $canSeeSensitive OR NOT a.sensitive
WITH a, a.id AS id
DETACH DELETE a
RETURN id
