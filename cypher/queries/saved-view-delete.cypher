// Deletes a saved view (editors only, who may see every view) and its frozen embed data, if any. Params: $id.
// Returns the id (no row when absent).
MATCH (v:SavedView {id: $id})
OPTIONAL MATCH (v)-[:FROZEN_AS]->(s:EmbedSnapshot)
WITH v, v.id AS id, collect(s) AS snapshots
FOREACH (s IN snapshots | DETACH DELETE s)
DETACH DELETE v
RETURN id
