// Streams the relationships of a data export, one row per edge: memberships, interests, collaborations
// (stored once per pair, so each appears once), then participations in learning activities. Edges touching a
// sensitive actor, and links marked sensitive themselves, only when $canSeeSensitive.
// With $actorIds (a list; null = whole database) only edges whose actors are all in the list.
// Params: $canSeeSensitive (boolean), $actorIds ([id] or null).
// Returns: relation ('MEMBER_OF'|'INTERESTED_IN'|'COLLABORATES_WITH'|'PARTICIPATED_IN'), source, target, role, since,
// kind, position, priority, sensitive (true for a sensitive link, else null), provenance, recordedAt, confidence,
// validFrom, validTo (ISO dates: the first and last day the link held; null = open), history (an interest's dated
// positions, oldest first, as [{position, from, source, confidence}]; null on other links and on an interest without one).
CALL () {
  MATCH (a:Actor)-[r:MEMBER_OF]->(g:Group)
  WHERE ($canSeeSensitive OR (NOT coalesce(a.sensitive, false) AND NOT coalesce(r.sensitive, false)))
    AND ($actorIds IS NULL OR a.id IN $actorIds)
  WITH a, r, g ORDER BY a.id, g.id
  RETURN 'MEMBER_OF' AS relation, a.id AS source, g.id AS target, r.role AS role, r.since AS since, null AS kind,
         null AS position, null AS priority,
         CASE WHEN r.sensitive THEN true END AS sensitive, r.source AS provenance, r.recordedAt AS recordedAt,
         r.confidence AS confidence, toString(r.validFrom) AS validFrom, toString(r.validTo) AS validTo,
         null AS history
  UNION ALL
  MATCH (a:Actor)-[r:INTERESTED_IN]->(t:Theme)
  WHERE ($canSeeSensitive OR (NOT coalesce(a.sensitive, false) AND NOT coalesce(r.sensitive, false)))
    AND ($actorIds IS NULL OR a.id IN $actorIds)
  WITH a, r, t ORDER BY a.id, t.id
  RETURN 'INTERESTED_IN' AS relation, a.id AS source, t.id AS target, null AS role, null AS since, null AS kind,
         r.position AS position, r.priority AS priority,
         CASE WHEN r.sensitive THEN true END AS sensitive, r.source AS provenance, r.recordedAt AS recordedAt,
         r.confidence AS confidence, toString(r.validFrom) AS validFrom, toString(r.validTo) AS validTo,
         CASE WHEN r.historyPositions IS NOT NULL THEN
           [k IN range(0, size(r.historyPositions) - 1) | {position: r.historyPositions[k],
            from: toString(r.historyFrom[k]), source: r.historySources[k], confidence: r.historyConfidences[k]}]
         END AS history
  UNION ALL
  MATCH (a:Actor)-[r:COLLABORATES_WITH]->(b:Actor)
  WHERE ($canSeeSensitive OR (NOT coalesce(a.sensitive, false) AND NOT coalesce(b.sensitive, false)
                               AND NOT coalesce(r.sensitive, false)))
    AND ($actorIds IS NULL OR (a.id IN $actorIds AND b.id IN $actorIds))
  WITH a, r, b ORDER BY a.id, b.id
  RETURN 'COLLABORATES_WITH' AS relation, a.id AS source, b.id AS target, null AS role, r.since AS since,
         r.kind AS kind, null AS position, null AS priority,
         CASE WHEN r.sensitive THEN true END AS sensitive, r.source AS provenance, r.recordedAt AS recordedAt,
         r.confidence AS confidence, toString(r.validFrom) AS validFrom, toString(r.validTo) AS validTo,
         null AS history
  UNION ALL
  MATCH (a:Actor)-[r:PARTICIPATED_IN]->(x:Activity)
  WHERE ($canSeeSensitive OR (NOT coalesce(a.sensitive, false) AND NOT coalesce(r.sensitive, false)))
    AND ($actorIds IS NULL OR a.id IN $actorIds)
  WITH a, r, x ORDER BY a.id, x.id
  RETURN 'PARTICIPATED_IN' AS relation, a.id AS source, x.id AS target, r.role AS role, null AS since, null AS kind,
         null AS position, null AS priority,
         CASE WHEN r.sensitive THEN true END AS sensitive, r.source AS provenance, r.recordedAt AS recordedAt,
         r.confidence AS confidence, toString(r.validFrom) AS validFrom, toString(r.validTo) AS validTo,
         null AS history
}
RETURN relation, source, target, role, since, kind, position, priority, sensitive, provenance, recordedAt, confidence,
       validFrom, validTo, history
