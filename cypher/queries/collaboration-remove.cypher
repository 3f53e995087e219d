// Removes the collaboration between two actors, whichever direction it was stored in.
// Params: $fromId, $toId, $canSeeSensitive, $now. Returns removed (count).
MATCH (a:Actor {id: $fromId})-[r:COLLABORATES_WITH]-(b:Actor {id: $toId})
WHERE $canSeeSensitive OR (NOT a.sensitive AND NOT b.sensitive)
DELETE r
SET a.version = a.version + 1, a.updatedAt = datetime($now), b.version = b.version + 1, b.updatedAt = datetime($now)
RETURN count(r) AS removed
