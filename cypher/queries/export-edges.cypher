// Streams the relationships of a data export, one row per edge: memberships, interests, then collaborations
// (stored once per pair, so each appears once). Edges touching a sensitive actor only when $canSeeSensitive.
// With $actorIds (a list; null = whole database) only edges whose actors are all in the list.
// Params: $canSeeSensitive (boolean), $actorIds ([id] or null).
// Returns: relation ('MEMBER_OF'|'INTERESTED_IN'|'COLLABORATES_WITH'), source, target, role, since, kind, position,
// priority, provenance, recordedAt, confidence.
CALL () {
  MATCH (a:Actor)-[r:MEMBER_OF]->(g:Group)
  WHERE ($canSeeSensitive OR NOT coalesce(a.sensitive, false)) AND ($actorIds IS NULL OR a.id IN $actorIds)
  WITH a, r, g ORDER BY a.id, g.id
  RETURN 'MEMBER_OF' AS relation, a.id AS source, g.id AS target, r.role AS role, r.since AS since, null AS kind,
         null AS position, null AS priority, r.source AS provenance, r.recordedAt AS recordedAt, r.confidence AS confidence
  UNION ALL
  MATCH (a:Actor)-[r:INTERESTED_IN]->(t:Theme)
  WHERE ($canSeeSensitive OR NOT coalesce(a.sensitive, false)) AND ($actorIds IS NULL OR a.id IN $actorIds)
  WITH a, r, t ORDER BY a.id, t.id
  RETURN 'INTERESTED_IN' AS relation, a.id AS source, t.id AS target, null AS role, null AS since, null AS kind,
         r.position AS position, r.priority AS priority, r.source AS provenance, r.recordedAt AS recordedAt,
         r.confidence AS confidence
  UNION ALL
  MATCH (a:Actor)-[r:COLLABORATES_WITH]->(b:Actor)
  WHERE ($canSeeSensitive OR (NOT coalesce(a.sensitive, false) AND NOT coalesce(b.sensitive, false)))
    AND ($actorIds IS NULL OR (a.id IN $actorIds AND b.id IN $actorIds))
  WITH a, r, b ORDER BY a.id, b.id
  RETURN 'COLLABORATES_WITH' AS relation, a.id AS source, b.id AS target, null AS role, r.since AS since,
         r.kind AS kind, null AS position, null AS priority, r.source AS provenance, r.recordedAt AS recordedAt,
         r.confidence AS confidence
}
RETURN relation, source, target, role, since, kind, position, priority, provenance, recordedAt, confidence
