// Upserts learning and alliance activities with their country, themes and participants.
// Params: $rows [{id, name, type, date, country, description, themes [id], participants [{actor, role, source, recordedAt, confidence,
// validFrom (optional ISO date)}]}].
// An activity without a status is HELD when it has started, PLANNED otherwise; one already stored keeps its status and
// version (loading the same rows twice changes nothing).
UNWIND $rows AS row
MERGE (x:Activity {id: row.id})
SET x.name = row.name, x.type = row.type, x.date = date(row.date), x.description = row.description,
    x.status = coalesce(row.status, x.status, CASE WHEN date(row.date) > date() THEN 'PLANNED' ELSE 'HELD' END),
    x.version = coalesce(x.version, 1)
WITH x, row
CALL (x, row) {
  MATCH (c:Country {id: row.country})
  MERGE (x)-[:HELD_IN]->(c)
}
CALL (x, row) {
  UNWIND row.themes AS themeId
  MATCH (t:Theme {id: themeId})
  MERGE (x)-[:ADDRESSES]->(t)
}
CALL (x, row) {
  UNWIND row.participants AS p
  MATCH (a:Actor {id: p.actor})
  MERGE (a)-[r:PARTICIPATED_IN]->(x)
  SET r.role = p.role, r.source = p.source, r.recordedAt = date(p.recordedAt), r.confidence = p.confidence,
      r.validFrom = coalesce(date(p.validFrom), r.validFrom)
}
RETURN count(x) AS written
