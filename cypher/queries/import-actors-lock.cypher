// Takes the write lock on the existing actors an import touches, before it reads them, so a concurrent edit
// either lands before the import reads (and is seen) or waits for it (and meets the moved version).
// Params: $ids. Returns locked (how many of them exist).
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
SET a._lock = true
REMOVE a._lock
RETURN count(a) AS locked
