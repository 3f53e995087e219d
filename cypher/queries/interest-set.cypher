// Sets an actor's interest in a theme (position and priority) and bumps the actor's version.
// Params: $actorId, $themeId, $position, $priority, $provenance, $sensitive, $canSeeSensitive, $now.
// Returns actorFound, themeFound (no write unless both are true).
OPTIONAL MATCH (a:Actor {id: $actorId}) WHERE $canSeeSensitive OR NOT a.sensitive
OPTIONAL MATCH (t:Theme {id: $themeId})
CALL (a, t) {
  WITH a, t WHERE a IS NOT NULL AND t IS NOT NULL
  MERGE (a)-[r:INTERESTED_IN]->(t)
  SET r.position = $position, r.priority = $priority, r.source = $provenance.source, r.sensitive = $sensitive,
      r.recordedAt = date($provenance.recordedAt), r.confidence = $provenance.confidence,
      a.version = a.version + 1, a.updatedAt = datetime($now)
}
RETURN a IS NOT NULL AS actorFound, t IS NOT NULL AS themeFound
