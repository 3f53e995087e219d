// Upserts collaborations between actors; stored once per pair, read in both directions.
// Params: $rows [{from, to, kind, since, source, recordedAt, confidence}].
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
MERGE (a)-[r:COLLABORATES_WITH]-(b)
SET r.kind = row.kind, r.since = row.since, r.source = row.source,
    r.recordedAt = date(row.recordedAt), r.confidence = row.confidence
RETURN count(r) AS written
