// Puts a theme back as a snapshot recorded it: its properties, and the positions, focus links and activity links when
// the snapshot carries them (the state before a deletion). With $snapshot null the theme did not exist: it is deleted
// with its links. Params: $id, $snapshot {props, interests [{actorId, props}] or null, groups [id] or null,
// activities [id] or null} or null, $version (the version it gets), $now. Links to things that no longer exist are
// skipped; links not in the snapshot are left as they are. Returns restored (bool).
OPTIONAL MATCH (existing:Theme {id: $id})
CALL (existing) {
  WITH existing WHERE existing IS NOT NULL AND $snapshot IS NULL
  DETACH DELETE existing
}
WITH 1 AS _
CALL () {
  WITH 1 AS _ WHERE $snapshot IS NOT NULL
  MERGE (t:Theme {id: $id})
  SET t = $snapshot.props, t.createdAt = datetime($snapshot.props.createdAt), t.updatedAt = datetime($now),
      t.version = $version
  WITH t
  CALL (t) {
    UNWIND coalesce($snapshot.interests, []) AS l
    MATCH (a:Actor {id: l.actorId})
    MERGE (a)-[r:INTERESTED_IN]->(t)
    SET r = l.props, r.recordedAt = date(l.props.recordedAt)
  }
  CALL (t) { UNWIND coalesce($snapshot.groups, []) AS groupId MATCH (g:Group {id: groupId}) MERGE (g)-[:FOCUSES_ON]->(t) }
  CALL (t) { UNWIND coalesce($snapshot.activities, []) AS activityId MATCH (x:Activity {id: activityId}) MERGE (x)-[:ADDRESSES]->(t) }
}
RETURN true AS restored
