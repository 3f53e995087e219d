// Removes an actor's participation in an activity.
// Params: $activityId, $actorId, $canSeeSensitive. Returns removed (count).
MATCH (a:Actor {id: $actorId})-[r:PARTICIPATED_IN]->(x:Activity {id: $activityId})
WHERE $canSeeSensitive OR (NOT a.sensitive AND NOT coalesce(r.sensitive, false))
DELETE r
RETURN count(r) AS removed
