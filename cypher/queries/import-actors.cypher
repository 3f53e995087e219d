// Writes an import's actors: the new ones (version 1) and the existing ones whose fields change (version + 1).
// The importer has locked the existing ones and worked out every value, blank cells included (they keep what is
// stored), so rows arrive complete. A new base country replaces the old link; countries of operation are added.
// Params: $rows [{id, props {name, altNames, altNamesText, acronym, sector, level, influence, description,
// website, sensitive, searchKey}, validFrom, validTo (ISO dates: the actor's first and last day on the map, as the
// importer merged them; null = none), basedIn (code, or null to keep), addOperatesIn [code], source, recordedAt,
// confidence}], $now. New links to countries begin on validFrom. Returns written.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.createdAt = datetime($now), a.version = 0, a.illustrative = false
SET a += row.props, a.version = a.version + 1, a.updatedAt = datetime($now),
    a.validFrom = date(row.validFrom), a.validTo = date(row.validTo)
WITH a, row
CALL (a, row) {
  WITH a, row WHERE row.basedIn IS NOT NULL
  OPTIONAL MATCH (a)-[old:BASED_IN]->(:Country)
  DELETE old
  WITH DISTINCT a, row
  MATCH (c:Country {id: row.basedIn})
  CREATE (a)-[:BASED_IN {source: row.source, recordedAt: date(row.recordedAt), confidence: row.confidence,
                         validFrom: date(row.validFrom)}]->(c)
}
CALL (a, row) {
  UNWIND row.addOperatesIn AS code
  MATCH (c:Country {id: code})
  MERGE (a)-[r:OPERATES_IN]->(c)
  ON CREATE SET r.source = row.source, r.recordedAt = date(row.recordedAt), r.confidence = row.confidence,
                r.validFrom = date(row.validFrom)
}
RETURN count(a) AS written
