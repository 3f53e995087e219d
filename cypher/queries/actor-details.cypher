// Full details of the actors with the given ids (one round trip for a whole page of actors).
// Params: $ids, $canSeeSensitive. Returns one row per visible actor: actor (properties), countries,
// memberships, interests, collaborators, activities; each link with its provenance and validity (validFrom,
// validTo as ISO dates), an interest with its dated position history.
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
WHERE $canSeeSensitive OR NOT a.sensitive
RETURN a AS actor,
  COLLECT {
    MATCH (a)-[r:BASED_IN|OPERATES_IN]->(c:Country)
    WHERE $canSeeSensitive OR NOT coalesce(r.sensitive, false)
    RETURN { country: c { .id, .name }, relation: type(r),
             provenance: { source: r.source, recordedAt: r.recordedAt, confidence: r.confidence }, validFrom: toString(r.validFrom), validTo: toString(r.validTo) }
    ORDER BY type(r), c.name
  } AS countries,
  COLLECT {
    MATCH (a)-[r:MEMBER_OF]->(g:Group)
    WHERE $canSeeSensitive OR NOT coalesce(r.sensitive, false)
    RETURN { group: g { .id, .name, .acronym, kind: CASE WHEN g:Network THEN 'NETWORK' ELSE 'COALITION' END },
             role: r.role, since: r.since, sensitive: coalesce(r.sensitive, false),
             provenance: { source: r.source, recordedAt: r.recordedAt, confidence: r.confidence }, validFrom: toString(r.validFrom), validTo: toString(r.validTo) }
    ORDER BY g.name
  } AS memberships,
  COLLECT {
    MATCH (a)-[r:INTERESTED_IN]->(t:Theme)
    WHERE $canSeeSensitive OR NOT coalesce(r.sensitive, false)
    RETURN { theme: t { .id, .name }, position: r.position, priority: r.priority,
             sensitive: coalesce(r.sensitive, false),
             provenance: { source: r.source, recordedAt: r.recordedAt, confidence: r.confidence }, validFrom: toString(r.validFrom), validTo: toString(r.validTo),
             // Parallel lists written by setInterest and the seed; an interest recorded before histories existed
             // has one position, held since its first day (or its recording).
             history: CASE WHEN r.historyFrom IS NULL
               THEN [{ position: r.position, from: toString(coalesce(r.validFrom, r.recordedAt)), source: r.source,
                       confidence: r.confidence }]
               ELSE [i IN range(0, size(r.historyFrom) - 1) | { position: r.historyPositions[i],
                       from: toString(r.historyFrom[i]), source: r.historySources[i],
                       confidence: r.historyConfidences[i] }] END }
    ORDER BY r.priority DESC, t.name
  } AS interests,
  COLLECT {
    MATCH (a)-[r:COLLABORATES_WITH]-(b:Actor)
    WHERE $canSeeSensitive OR (NOT b.sensitive AND NOT coalesce(r.sensitive, false))
    RETURN { actor: b { .id, .name, .acronym, .sector, .level }, kind: r.kind, since: r.since,
             sensitive: coalesce(r.sensitive, false),
             provenance: { source: r.source, recordedAt: r.recordedAt, confidence: r.confidence }, validFrom: toString(r.validFrom), validTo: toString(r.validTo) }
    ORDER BY b.name
  } AS collaborators,
  COLLECT {
    MATCH (a)-[r:PARTICIPATED_IN]->(x:Activity)
    WHERE $canSeeSensitive OR NOT coalesce(r.sensitive, false)
    RETURN { activity: x { .id, .name, .type, .date, endDate: coalesce(x.endDate, x.date),
                             status: coalesce(x.status, 'HELD') },
             role: r.role, sensitive: coalesce(r.sensitive, false),
             provenance: { source: r.source, recordedAt: r.recordedAt, confidence: r.confidence } }
    ORDER BY x.date DESC
  } AS activities
