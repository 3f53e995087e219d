// Adds (or updates) an actor's membership of a network or coalition and bumps the actor's version.
// Params: $actorId, $groupId, $role, $since, $provenance, $sensitive, $validFrom, $validTo (ISO dates or null),
// $canSeeSensitive, $now.
// Returns actorFound, groupFound (no write unless both are true).
OPTIONAL MATCH (a:Actor {id: $actorId}) WHERE $canSeeSensitive OR NOT a.sensitive
OPTIONAL MATCH (g:Group {id: $groupId})
CALL (a, g) {
  WITH a, g WHERE a IS NOT NULL AND g IS NOT NULL
  MERGE (a)-[r:MEMBER_OF]->(g)
  SET r.role = $role, r.since = $since,
      // The first day: as given, else the first of January of the year since, else not recorded.
      r.validFrom = CASE WHEN $validFrom IS NOT NULL THEN date($validFrom)
                         WHEN $since IS NOT NULL THEN date({year: $since, month: 1, day: 1}) END,
      r.validTo = date($validTo), r.source = $provenance.source, r.sensitive = $sensitive,
      r.recordedAt = date($provenance.recordedAt), r.confidence = $provenance.confidence,
      a.version = a.version + 1, a.updatedAt = datetime($now)
}
RETURN a IS NOT NULL AS actorFound, g IS NOT NULL AS groupFound
