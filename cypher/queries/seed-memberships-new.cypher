// The bulk-load form of seed-memberships.cypher for an empty store (server/src/domain/seeding.ts checks that the store
// is empty and the dataset has no duplicates): CREATE instead of MERGE, so no existence check per row.
// Params: as seed-memberships.cypher. Returns written.
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (g:Group {id: row.group})
CREATE (a)-[r:MEMBER_OF {role: row.role, since: row.since, source: row.source,
                         recordedAt: date(row.recordedAt), confidence: row.confidence, sensitive: row.sensitive,
                         validFrom: date(row.validFrom), validTo: date(row.validTo)}]->(g)
RETURN count(r) AS written
