// Upserts collaborations between actors; stored once per pair, read in both directions.
// Params: $rows [{from, to, kind, since, source, recordedAt, confidence, sensitive (optional: absent keeps the link's flag),
// validFrom, validTo (optional ISO dates, the first and last day the tie held: absent keeps the link's value)}].
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
MERGE (a)-[r:COLLABORATES_WITH]-(b)
SET r.kind = row.kind, r.since = row.since, r.source = row.source,
    r.recordedAt = date(row.recordedAt), r.confidence = row.confidence,
    r.sensitive = coalesce(row.sensitive, r.sensitive),
    r.validFrom = coalesce(date(row.validFrom), r.validFrom), r.validTo = coalesce(date(row.validTo), r.validTo)
RETURN count(r) AS written
