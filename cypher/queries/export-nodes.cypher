// Streams the nodes of a data export, one row per node: actors, then networks and coalitions, then themes.
// Sensitive actors only when $canSeeSensitive. With $actorIds (a list; null = whole database) only those
// actors, and the groups and themes a visible one among them links to.
// Params: $canSeeSensitive (boolean), $actorIds ([id] or null).
// Returns: kind ('ACTOR'|'NETWORK'|'COALITION'|'THEME'), id, label, acronym, altNames, sector, level, influence,
// sensitive, basedIn, operatesIn, description, website, founded, activeIn, focusThemes, provenance, recordedAt,
// confidence (absent fields null; lists sorted so exports diff cleanly).
CALL () {
  MATCH (a:Actor)
  WHERE a.id IS NOT NULL AND ($canSeeSensitive OR NOT coalesce(a.sensitive, false))
    AND ($actorIds IS NULL OR a.id IN $actorIds)
  WITH a ORDER BY a.id
  OPTIONAL CALL (a) {
    MATCH (a)-[b:BASED_IN]->(c:Country)
    RETURN b, c LIMIT 1
  }
  RETURN 'ACTOR' AS kind, a.id AS id, a.name AS label, a.acronym AS acronym, coalesce(a.altNames, []) AS altNames,
         a.sector AS sector, a.level AS level, a.influence AS influence, coalesce(a.sensitive, false) AS sensitive,
         c.id AS basedIn, COLLECT { MATCH (a)-[:OPERATES_IN]->(o:Country) RETURN o.id ORDER BY o.id } AS operatesIn,
         a.description AS description, a.website AS website, null AS founded, [] AS activeIn, [] AS focusThemes,
         b.source AS provenance, b.recordedAt AS recordedAt, b.confidence AS confidence
  UNION ALL
  MATCH (g:Group)
  WHERE g.id IS NOT NULL AND ($actorIds IS NULL OR EXISTS {
    MATCH (a:Actor)-[:MEMBER_OF]->(g) WHERE a.id IN $actorIds AND ($canSeeSensitive OR NOT coalesce(a.sensitive, false))
  })
  WITH g ORDER BY g.id
  OPTIONAL CALL (g) {
    MATCH (g)-[r:ACTIVE_IN]->(:Country)
    RETURN r ORDER BY r.recordedAt LIMIT 1
  }
  RETURN CASE WHEN g:Coalition THEN 'COALITION' ELSE 'NETWORK' END AS kind, g.id AS id, g.name AS label,
         g.acronym AS acronym, [] AS altNames, null AS sector, null AS level, null AS influence, null AS sensitive,
         null AS basedIn, [] AS operatesIn, g.description AS description, null AS website, g.founded AS founded,
         COLLECT { MATCH (g)-[:ACTIVE_IN]->(c:Country) RETURN c.id ORDER BY c.id } AS activeIn,
         COLLECT { MATCH (g)-[:FOCUSES_ON]->(t:Theme) RETURN t.id ORDER BY t.id } AS focusThemes,
         r.source AS provenance, r.recordedAt AS recordedAt, r.confidence AS confidence
  UNION ALL
  MATCH (t:Theme)
  WHERE t.id IS NOT NULL AND ($actorIds IS NULL OR EXISTS {
    MATCH (a:Actor)-[:INTERESTED_IN]->(t) WHERE a.id IN $actorIds AND ($canSeeSensitive OR NOT coalesce(a.sensitive, false))
  })
  WITH t ORDER BY t.id
  RETURN 'THEME' AS kind, t.id AS id, t.name AS label, null AS acronym, [] AS altNames, null AS sector, null AS level,
         null AS influence, null AS sensitive, null AS basedIn, [] AS operatesIn, t.description AS description,
         null AS website, null AS founded, [] AS activeIn, [] AS focusThemes, null AS provenance, null AS recordedAt,
         null AS confidence
}
RETURN kind, id, label, acronym, altNames, sector, level, influence, sensitive, basedIn, operatesIn, description,
       website, founded, activeIn, focusThemes, provenance, recordedAt, confidence
