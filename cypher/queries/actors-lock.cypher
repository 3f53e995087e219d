// Takes the write lock on many actors before a write that changes some of them (an import) reads them, so a
// concurrent edit either lands before the read (and is seen) or waits for the write (and meets the moved version).
// Params: $ids. Returns locked (how many of them exist).
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
SET a._lock = true
REMOVE a._lock
RETURN count(a) AS locked
