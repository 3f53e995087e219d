// The bulk-load form of seed-actors.cypher for an empty store (server/src/domain/seeding.ts checks that the store
// is empty and the dataset has no duplicates): CREATE instead of MERGE, so no existence check per row.
// Params: as seed-actors.cypher. Returns written.
UNWIND $rows AS row
CREATE (a:Actor {id: row.id, createdAt: datetime($now), updatedAt: datetime($now), version: 1})
SET a.name = row.name, a.altNames = row.altNames, a.altNamesText = row.altNamesText, a.acronym = row.acronym,
    a.sector = row.sector, a.level = row.level, a.influence = row.influence, a.description = row.description,
    a.website = row.website, a.sensitive = coalesce(row.sensitive, a.sensitive, false), a.searchKey = row.searchKey,
    a.illustrative = row.illustrative, a.validFrom = date(row.validFrom)
WITH a, row
CALL (a, row) {
  MATCH (c:Country {id: row.basedIn})
  CREATE (a)-[r:BASED_IN]->(c)
  SET r.source = row.source, r.recordedAt = date(row.recordedAt), r.confidence = row.confidence,
      r.validFrom = date(row.validFrom)
}
CALL (a, row) {
  UNWIND row.operatesIn AS code
  MATCH (c:Country {id: code})
  CREATE (a)-[r:OPERATES_IN]->(c)
  SET r.source = row.source, r.recordedAt = date(row.recordedAt), r.confidence = row.confidence,
      r.validFrom = date(row.validFrom)
}
RETURN count(a) AS written
