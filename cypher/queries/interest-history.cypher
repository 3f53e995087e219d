// An actor's recorded interest in a theme, read before a new position is added to its history (in the same
// write transaction, so nothing is lost between the read and the write).
// Params: $actorId, $themeId, $canSeeSensitive.
// Returns no row when the interest is not recorded (or the actor is hidden); otherwise history [{position, from,
// source, confidence}] oldest first — for an interest recorded before histories existed, its one position, held
// since its first day (or its recording).
MATCH (a:Actor {id: $actorId})-[r:INTERESTED_IN]->(:Theme {id: $themeId})
WHERE $canSeeSensitive OR NOT a.sensitive
RETURN CASE WHEN r.historyFrom IS NULL
    THEN [{ position: r.position, from: toString(coalesce(r.validFrom, r.recordedAt)), source: r.source,
            confidence: r.confidence }]
    ELSE [i IN range(0, size(r.historyFrom) - 1) | { position: r.historyPositions[i],
            from: toString(r.historyFrom[i]), source: r.historySources[i], confidence: r.historyConfidences[i] }]
  END AS history
