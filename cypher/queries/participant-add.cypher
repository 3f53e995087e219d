// Adds an actor to an activity in a role, with provenance; writes nothing when either is missing or the actor
// already takes part. The activity's version is left alone: it counts changes to the activity's own fields, so
// recording attendance does not conflict with its form, and a sensitive participation leaves no trace a viewer sees.
// Params: $activityId, $actorId, $role (as stored: 'key informant'), $provenance {source, recordedAt, confidence},
// $sensitive, $canSeeSensitive. Returns activityFound, actorFound, existing (the role already held, or null).
OPTIONAL MATCH (x:Activity {id: $activityId})
OPTIONAL MATCH (a:Actor {id: $actorId}) WHERE $canSeeSensitive OR NOT a.sensitive
OPTIONAL MATCH (a)-[old:PARTICIPATED_IN]->(x)
CALL (x, a, old) {
  WITH x, a, old WHERE x IS NOT NULL AND a IS NOT NULL AND old IS NULL
  CREATE (a)-[r:PARTICIPATED_IN]->(x)
  SET r.role = $role, r.source = $provenance.source, r.recordedAt = date($provenance.recordedAt),
      r.confidence = $provenance.confidence, r.sensitive = $sensitive
}
RETURN x IS NOT NULL AS activityFound, a IS NOT NULL AS actorFound, old.role AS existing
