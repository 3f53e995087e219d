// Removes an actor's interest in a theme. Params: $actorId, $themeId, $canSeeSensitive, $now. Returns removed (count).
MATCH (a:Actor {id: $actorId})-[r:INTERESTED_IN]->(:Theme {id: $themeId})
WHERE $canSeeSensitive OR NOT a.sensitive
DELETE r
SET a.version = a.version + 1, a.updatedAt = datetime($now)
RETURN count(r) AS removed
