// Streams the nodes of a data export, one row per node: actors, then networks and coalitions, themes, and
// learning activities. Sensitive actors only when $canSeeSensitive. With $actorIds (a list; null = whole
// database) only those actors, and the groups, themes and activities a visible one among them links to by a
// link the caller may see (sensitive links only when $canSeeSensitive).
// Params: $canSeeSensitive (boolean), $actorIds ([id] or null).
// Returns: kind ('ACTOR'|'NETWORK'|'COALITION'|'THEME'|'ACTIVITY'), id, label, acronym, altNames, sector, level,
// influence, sensitive, basedIn, operatesIn, description, website, founded, activeIn, focusThemes, activityType,
// activityDate, activityEndDate (null for a one-day activity), activityStatus, heldIn, themes, outcomes, provenance
// (an activity's: its source), recordedAt, confidence, validFrom, validTo (an actor's first and last day on the map,
// ISO dates) (absent fields null; lists sorted so exports diff cleanly).
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
         null AS activityType, null AS activityDate, null AS activityEndDate, null AS activityStatus, null AS heldIn,
         [] AS themes, null AS outcomes, b.source AS provenance,
         b.recordedAt AS recordedAt, b.confidence AS confidence,
         toString(a.validFrom) AS validFrom, toString(a.validTo) AS validTo
  UNION ALL
  MATCH (g:Group)
  WHERE g.id IS NOT NULL AND ($actorIds IS NULL OR EXISTS {
    MATCH (a:Actor)-[m:MEMBER_OF]->(g)
    WHERE a.id IN $actorIds AND ($canSeeSensitive OR (NOT coalesce(a.sensitive, false) AND NOT coalesce(m.sensitive, false)))
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
         null AS activityType, null AS activityDate, null AS activityEndDate, null AS activityStatus, null AS heldIn,
         [] AS themes, null AS outcomes, r.source AS provenance,
         r.recordedAt AS recordedAt, r.confidence AS confidence, null AS validFrom, null AS validTo
  UNION ALL
  MATCH (t:Theme)
  WHERE t.id IS NOT NULL AND ($actorIds IS NULL OR EXISTS {
    MATCH (a:Actor)-[i:INTERESTED_IN]->(t)
    WHERE a.id IN $actorIds AND ($canSeeSensitive OR (NOT coalesce(a.sensitive, false) AND NOT coalesce(i.sensitive, false)))
  })
  WITH t ORDER BY t.id
  RETURN 'THEME' AS kind, t.id AS id, t.name AS label, null AS acronym, [] AS altNames, null AS sector, null AS level,
         null AS influence, null AS sensitive, null AS basedIn, [] AS operatesIn, t.description AS description,
         null AS website, null AS founded, [] AS activeIn, [] AS focusThemes, null AS activityType, null AS activityDate,
         null AS activityEndDate, null AS activityStatus, null AS heldIn, [] AS themes, null AS outcomes,
         null AS provenance, null AS recordedAt, null AS confidence, null AS validFrom, null AS validTo
  UNION ALL
  MATCH (x:Activity)
  WHERE x.id IS NOT NULL AND ($actorIds IS NULL OR EXISTS {
    MATCH (a:Actor)-[p:PARTICIPATED_IN]->(x)
    WHERE a.id IN $actorIds AND ($canSeeSensitive OR (NOT coalesce(a.sensitive, false) AND NOT coalesce(p.sensitive, false)))
  })
  WITH x ORDER BY x.id
  OPTIONAL CALL (x) {
    MATCH (x)-[:HELD_IN]->(c:Country)
    RETURN c ORDER BY c.id LIMIT 1
  }
  // An empty description or outcomes is written as none (the API stores none as null).
  RETURN 'ACTIVITY' AS kind, x.id AS id, x.name AS label, null AS acronym, [] AS altNames, null AS sector, null AS level,
         null AS influence, null AS sensitive, null AS basedIn, [] AS operatesIn,
         CASE WHEN x.description <> '' THEN x.description END AS description,
         null AS website, null AS founded, [] AS activeIn, [] AS focusThemes, x.type AS activityType,
         toString(x.date) AS activityDate, toString(x.endDate) AS activityEndDate, x.status AS activityStatus,
         c.id AS heldIn, COLLECT { MATCH (x)-[:ADDRESSES]->(t:Theme) RETURN t.id ORDER BY t.id } AS themes,
         CASE WHEN x.outcomes <> '' THEN x.outcomes END AS outcomes,
         x.source AS provenance, null AS recordedAt, null AS confidence, null AS validFrom, null AS validTo
}
RETURN kind, id, label, acronym, altNames, sector, level, influence, sensitive, basedIn, operatesIn, description,
       website, founded, activeIn, focusThemes, activityType, activityDate, activityEndDate, activityStatus, heldIn,
       themes, outcomes, provenance, recordedAt, confidence, validFrom, validTo
