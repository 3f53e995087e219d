// Upserts a batch of actors with their countries. Relationships to countries are replaced so a re-seed
// changes nothing. Params: $rows [{id, name, altNames, altNamesText, acronym, sector, level, influence,
// description, website, sensitive, searchKey, illustrative, basedIn, operatesIn [code], source, recordedAt,
// confidence, validFrom (optional ISO date: first on the map, also its links to countries; absent keeps the value)}],
// $now. sensitive null (an import without the column or with a blank cell) keeps an existing actor's flag and makes a
// new actor not sensitive: only an explicit true/false changes it.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.createdAt = datetime($now), a.updatedAt = datetime($now), a.version = 1
SET a.name = row.name, a.altNames = row.altNames, a.altNamesText = row.altNamesText, a.acronym = row.acronym,
    a.sector = row.sector, a.level = row.level, a.influence = row.influence, a.description = row.description,
    a.website = row.website, a.sensitive = coalesce(row.sensitive, a.sensitive, false), a.searchKey = row.searchKey,
    a.illustrative = row.illustrative, a.validFrom = coalesce(date(row.validFrom), a.validFrom)
WITH a, row
CALL (a, row) {
  MATCH (c:Country {id: row.basedIn})
  MERGE (a)-[r:BASED_IN]->(c)
  SET r.source = row.source, r.recordedAt = date(row.recordedAt), r.confidence = row.confidence,
      r.validFrom = coalesce(date(row.validFrom), r.validFrom)
}
CALL (a, row) {
  UNWIND row.operatesIn AS code
  MATCH (c:Country {id: code})
  MERGE (a)-[r:OPERATES_IN]->(c)
  SET r.source = row.source, r.recordedAt = date(row.recordedAt), r.confidence = row.confidence,
      r.validFrom = coalesce(date(row.validFrom), r.validFrom)
}
RETURN count(a) AS written
