// Adds (or updates) an actor's membership of a network or coalition and bumps the actor's version.
// Params: $actorId, $groupId, $role, $since, $provenance, $sensitive, $canSeeSensitive, $now.
// Returns actorFound, groupFound (no write unless both are true).
OPTIONAL MATCH (a:Actor {id: $actorId}) WHERE $canSeeSensitive OR NOT a.sensitive
OPTIONAL MATCH (g:Group {id: $groupId})
CALL (a, g) {
  WITH a, g WHERE a IS NOT NULL AND g IS NOT NULL
  MERGE (a)-[r:MEMBER_OF]->(g)
  SET r.role = $role, r.since = $since, r.source = $provenance.source, r.sensitive = $sensitive,
      r.recordedAt = date($provenance.recordedAt), r.confidence = $provenance.confidence,
      a.version = a.version + 1, a.updatedAt = datetime($now)
}
RETURN a IS NOT NULL AS actorFound, g IS NOT NULL AS groupFound
