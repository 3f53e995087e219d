// Changes an actor's participation in an activity (role, provenance, sensitive flag).
// Params: $activityId, $actorId, $role (as stored), $provenance, $sensitive, $canSeeSensitive.
// Returns updated (count).
MATCH (a:Actor {id: $actorId})-[r:PARTICIPATED_IN]->(x:Activity {id: $activityId})
WHERE $canSeeSensitive OR (NOT a.sensitive AND NOT coalesce(r.sensitive, false))
SET r.role = $role, r.source = $provenance.source, r.recordedAt = date($provenance.recordedAt),
    r.confidence = $provenance.confidence, r.sensitive = $sensitive
RETURN count(r) AS updated
