// The bulk-load form of seed-interests.cypher for an empty store (server/src/domain/seeding.ts checks that the store
// is empty and the dataset has no duplicates): CREATE instead of MERGE, so no existence check per row.
// Params: as seed-interests.cypher. Returns written.
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (t:Theme {id: row.theme})
CREATE (a)-[r:INTERESTED_IN {position: row.position, priority: row.priority, source: row.source,
                             recordedAt: date(row.recordedAt), confidence: row.confidence, sensitive: row.sensitive,
                             validFrom: date(row.validFrom), validTo: date(row.validTo),
                             historyPositions: row.historyPositions, historyFrom: [d IN row.historyFrom | date(d)],
                             historySources: row.historySources, historyConfidences: row.historyConfidences}]->(t)
RETURN count(r) AS written
