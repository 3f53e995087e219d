// Upserts networks and coalitions with the countries they are active in and the themes they focus on.
// Params: $rows [{id, kind, name, acronym, description, founded, activeIn [code], focusThemes [id]}], $now.
UNWIND $rows AS row
MERGE (g:Group {id: row.id})
ON CREATE SET g.createdAt = datetime($now), g.updatedAt = datetime($now), g.version = 1
SET g.name = row.name, g.acronym = row.acronym, g.description = row.description, g.founded = row.founded
WITH g, row
CALL (g, row) {
  WITH g, row WHERE row.kind = 'NETWORK'
  SET g:Network
}
CALL (g, row) {
  WITH g, row WHERE row.kind = 'COALITION'
  SET g:Coalition
}
CALL (g, row) {
  UNWIND row.activeIn AS code
  MATCH (c:Country {id: code})
  MERGE (g)-[r:ACTIVE_IN]->(c)
  SET r.source = row.source, r.recordedAt = date(row.recordedAt), r.confidence = row.confidence
}
CALL (g, row) {
  UNWIND row.focusThemes AS themeId
  MATCH (t:Theme {id: themeId})
  MERGE (g)-[r:FOCUSES_ON]->(t)
  SET r.source = row.source, r.recordedAt = date(row.recordedAt), r.confidence = row.confidence
}
RETURN count(g) AS written
