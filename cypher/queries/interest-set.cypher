// Sets an actor's interest in a theme (priority, provenance, sensitivity and its dated position history) and bumps
// the actor's version. The current position is the history's last; the interest holds from the history's first day.
// Params: $actorId, $themeId, $priority, $provenance, $sensitive, $history {positions, from (ISO dates), sources,
// confidences} (parallel lists, oldest first, computed by server/src/domain/positionHistory.ts), $validTo (ISO date
// or null), $canSeeSensitive, $now.
// Returns actorFound, themeFound (no write unless both are true).
OPTIONAL MATCH (a:Actor {id: $actorId}) WHERE $canSeeSensitive OR NOT a.sensitive
OPTIONAL MATCH (t:Theme {id: $themeId})
CALL (a, t) {
  WITH a, t WHERE a IS NOT NULL AND t IS NOT NULL
  MERGE (a)-[r:INTERESTED_IN]->(t)
  SET r.position = last($history.positions), r.priority = $priority, r.source = $provenance.source,
      r.sensitive = $sensitive, r.recordedAt = date($provenance.recordedAt), r.confidence = $provenance.confidence,
      r.historyPositions = $history.positions, r.historyFrom = [d IN $history.from | date(d)],
      r.historySources = [s IN $history.sources | coalesce(s, '')],
      r.historyConfidences = [c IN $history.confidences | coalesce(c, 'MEDIUM')],
      r.validFrom = date($history.from[0]), r.validTo = date($validTo),
      a.version = a.version + 1, a.updatedAt = datetime($now)
}
RETURN a IS NOT NULL AS actorFound, t IS NOT NULL AS themeFound
