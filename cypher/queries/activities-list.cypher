// Learning and alliance activities, optionally of one type or country, with themes and visible participants.
// Params: $type (or null), $country (or null), $canSeeSensitive. Returns rows: activity, country, themes, participants.
MATCH (x:Activity)
WHERE ($type IS NULL OR x.type = $type)
  AND ($country IS NULL OR EXISTS { (x)-[:HELD_IN]->(:Country {id: $country}) })
RETURN x AS activity,
       COLLECT { MATCH (x)-[:HELD_IN]->(c:Country) RETURN c { .id, .name } } AS countries,
       COLLECT { MATCH (x)-[:ADDRESSES]->(t:Theme) RETURN t { .id, .name } ORDER BY t.name } AS themes,
       COLLECT {
         MATCH (a:Actor)-[r:PARTICIPATED_IN]->(x)
         WHERE $canSeeSensitive OR (NOT a.sensitive AND NOT coalesce(r.sensitive, false))
         RETURN { actor: a { .id, .name, .sector }, role: r.role,
                  provenance: { source: r.source, recordedAt: r.recordedAt, confidence: r.confidence } }
         ORDER BY a.name
       } AS participants
ORDER BY x.date DESC, x.name
