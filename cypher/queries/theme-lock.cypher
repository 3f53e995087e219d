// Takes the write lock on a theme before a versioned change. Params: $id. Returns its version.
MATCH (t:Theme {id: $id})
SET t._lock = true
REMOVE t._lock
RETURN coalesce(t.version, 1) AS version
