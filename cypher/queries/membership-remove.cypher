// Removes an actor's membership. Params: $actorId, $groupId, $canSeeSensitive, $now. Returns removed (count).
MATCH (a:Actor {id: $actorId})-[r:MEMBER_OF]->(:Group {id: $groupId})
WHERE $canSeeSensitive OR NOT a.sensitive
DELETE r
SET a.version = a.version + 1, a.updatedAt = datetime($now)
RETURN count(r) AS removed
