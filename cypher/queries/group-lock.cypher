// Takes the write lock on a group before a versioned change. Params: $id. Returns its version and kind.
MATCH (g:Group {id: $id})
SET g._lock = true
REMOVE g._lock
RETURN g.version AS version, CASE WHEN g:Network THEN 'NETWORK' ELSE 'COALITION' END AS kind
