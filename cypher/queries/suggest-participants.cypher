// An activity, its themes and the participants the caller may see, with the actors one step from a participant
// (through a visible collaboration, or a visible membership of the same network or coalition), for suggesting who to
// invite. Interests come from the in-memory actor index, checked against the data fingerprint (see
// alignment-index.cypher).
// Params: $activityId, $canSeeSensitive, $confidences (accepted confidence levels of collaboration and membership
// links). Participations count in any role and at any confidence: an invited actor is already engaged.
// Returns no row for an unknown activity; otherwise fingerprint, activity {id, name}, agenda [themeId],
// participants [id], collaborators [[actorId, participantId]], coMembers [[actorId, participantId, groupName]].
CALL () {
  // Counts from Neo4j's count store (no scan): every change goes through the audit trail, so the number of
  // Change nodes moves with each write; seeding moves the load time, a restore the counts.
  RETURN [COUNT { (:Actor) }, COUNT { (:Change) }, COUNT { ()-[:INTERESTED_IN]->() },
          COLLECT { MATCH (t:Theme) WITH t ORDER BY t.id RETURN collect(t.id + "=" + t.name) }[0],
          COLLECT { MATCH (m:DatasetMeta) RETURN toString(m.loadedAt) }[0]] AS fingerprint
}
MATCH (x:Activity {id: $activityId})
CALL (x) {
  OPTIONAL MATCH (p:Actor)-[r:PARTICIPATED_IN]->(x)
  WHERE $canSeeSensitive OR (NOT p.sensitive AND NOT coalesce(r.sensitive, false))
  RETURN collect(DISTINCT p) AS participants
}
CALL (participants) {
  UNWIND participants AS p
  MATCH (p)-[c:COLLABORATES_WITH]-(b:Actor)
  WHERE coalesce(c.confidence, 'HIGH') IN $confidences
    AND ($canSeeSensitive OR (NOT b.sensitive AND NOT coalesce(c.sensitive, false)))
  RETURN collect(DISTINCT [b.id, p.id]) AS collaborators
}
CALL (participants) {
  UNWIND participants AS p
  MATCH (p)-[m:MEMBER_OF]->(g:Group)<-[n:MEMBER_OF]-(b:Actor)
  WHERE b <> p AND coalesce(m.confidence, 'HIGH') IN $confidences AND coalesce(n.confidence, 'HIGH') IN $confidences
    AND ($canSeeSensitive OR (NOT b.sensitive AND NOT coalesce(m.sensitive, false) AND NOT coalesce(n.sensitive, false)))
  RETURN collect(DISTINCT [b.id, p.id, g.name]) AS coMembers
}
RETURN fingerprint, x { .id, .name } AS activity,
       COLLECT { MATCH (x)-[:ADDRESSES]->(t:Theme) RETURN t.id ORDER BY t.id } AS agenda,
       [p IN participants | p.id] AS participants, collaborators, coMembers
