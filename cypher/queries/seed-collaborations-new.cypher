// The bulk-load form of seed-collaborations.cypher for an empty store (server/src/domain/seeding.ts checks that the store
// is empty and the dataset has no duplicates): CREATE instead of MERGE, so no existence check per row.
// Params: as seed-collaborations.cypher. Returns written.
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
CREATE (a)-[r:COLLABORATES_WITH {kind: row.kind, since: row.since, source: row.source,
                                 recordedAt: date(row.recordedAt), confidence: row.confidence, sensitive: row.sensitive,
                                 validFrom: date(row.validFrom), validTo: date(row.validTo)}]->(b)
RETURN count(r) AS written
