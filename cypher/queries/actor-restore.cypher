// Puts an actor back exactly as a snapshot recorded it: properties and every link (countries, memberships,
// interests, collaborations, participations). With $snapshot null the actor did not exist: it is deleted.
// Params: $id, $snapshot {props, countries [{id, relation, p}], memberships [{id, role, since, sensitive, p}],
// interests [{id, position, priority, sensitive, p}], collaborators [{id, kind, since, sensitive, p}],
// activities [{id, role, sensitive, p}]} or null (a link's sensitive flag, validFrom and validTo are restored with it,
// an interest's position history too),
// $version (the version it gets: above any it had, so an edit begun before the undo gets CONFLICT), $now.
// Links to things that no longer exist are skipped. Returns restored (bool).
OPTIONAL MATCH (existing:Actor {id: $id})
CALL (existing) {
  WITH existing WHERE existing IS NOT NULL AND $snapshot IS NULL
  DETACH DELETE existing
}
WITH 1 AS _
CALL () {
  WITH 1 AS _ WHERE $snapshot IS NOT NULL
  MERGE (a:Actor {id: $id})
  WITH a
  OPTIONAL MATCH (a)-[old:BASED_IN|OPERATES_IN|MEMBER_OF|INTERESTED_IN|COLLABORATES_WITH|PARTICIPATED_IN]-()
  DELETE old
  WITH DISTINCT a
  SET a = $snapshot.props, a.createdAt = datetime($snapshot.props.createdAt), a.updatedAt = datetime($now), a.version = $version,
      a.validFrom = date($snapshot.props.validFrom), a.validTo = date($snapshot.props.validTo)
  WITH a
  CALL (a) {
    UNWIND $snapshot.countries AS l MATCH (c:Country {id: l.id})
    CALL (a, c, l) { WITH a, c, l WHERE l.relation = 'BASED_IN' CREATE (a)-[r:BASED_IN]->(c) SET r = l.p, r.recordedAt = date(l.p.recordedAt), r.validFrom = date(l.validFrom), r.validTo = date(l.validTo) }
    CALL (a, c, l) { WITH a, c, l WHERE l.relation = 'OPERATES_IN' CREATE (a)-[r:OPERATES_IN]->(c) SET r = l.p, r.recordedAt = date(l.p.recordedAt), r.validFrom = date(l.validFrom), r.validTo = date(l.validTo) }
  }
  CALL (a) { UNWIND $snapshot.memberships AS l MATCH (g:Group {id: l.id}) CREATE (a)-[r:MEMBER_OF]->(g) SET r = l.p, r.recordedAt = date(l.p.recordedAt), r.role = l.role, r.since = l.since, r.sensitive = l.sensitive, r.validFrom = date(l.validFrom), r.validTo = date(l.validTo) }
  CALL (a) { UNWIND $snapshot.interests AS l MATCH (t:Theme {id: l.id}) CREATE (a)-[r:INTERESTED_IN]->(t) SET r = l.p, r.recordedAt = date(l.p.recordedAt), r.position = l.position, r.priority = l.priority, r.sensitive = l.sensitive, r.validFrom = date(l.validFrom), r.validTo = date(l.validTo),
    r.historyPositions = [h IN l.history | h.position], r.historyFrom = [h IN l.history | date(h.from)],
    r.historySources = [h IN l.history | coalesce(h.source, '')], r.historyConfidences = [h IN l.history | coalesce(h.confidence, 'MEDIUM')] }
  CALL (a) { UNWIND $snapshot.collaborators AS l MATCH (b:Actor {id: l.id}) CREATE (a)-[r:COLLABORATES_WITH]->(b) SET r = l.p, r.recordedAt = date(l.p.recordedAt), r.kind = l.kind, r.since = l.since, r.sensitive = l.sensitive, r.validFrom = date(l.validFrom), r.validTo = date(l.validTo) }
  CALL (a) { UNWIND $snapshot.activities AS l MATCH (x:Activity {id: l.id}) CREATE (a)-[r:PARTICIPATED_IN]->(x) SET r = l.p, r.recordedAt = date(l.p.recordedAt), r.role = l.role, r.sensitive = l.sensitive, r.validFrom = date(l.validFrom), r.validTo = date(l.validTo) }
}
RETURN true AS restored
