// Takes the write lock on an actor before a versioned change, so two concurrent saves are serialised
// and the second sees the first one's version. Params: $id, $canSeeSensitive. Returns its version (no row when absent).
MATCH (a:Actor {id: $id})
WHERE $canSeeSensitive OR NOT a.sensitive
SET a._lock = true
REMOVE a._lock
RETURN a.version AS version
