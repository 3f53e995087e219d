// Upserts collaborations between actors; stored once per pair, read in both directions.
// Params: $rows [{from, to, kind, since, source, recordedAt, confidence, sensitive (optional: absent keeps the link's flag)}].
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
MERGE (a)-[r:COLLABORATES_WITH]-(b)
SET r.kind = row.kind, r.since = row.since, r.source = row.source,
    r.recordedAt = date(row.recordedAt), r.confidence = row.confidence,
    r.sensitive = coalesce(row.sensitive, r.sensitive)
RETURN count(r) AS written
