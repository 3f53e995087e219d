// Upserts actors' participation in learning activities (an import's PARTICIPATED_IN edges; the activity may
// be in the same import or already in the database). Params: $rows [{actor, activity, role, source, recordedAt,
// confidence, sensitive (null keeps the link's flag), validFrom, validTo (ISO dates; null keeps the link's)}].
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (x:Activity {id: row.activity})
MERGE (a)-[r:PARTICIPATED_IN]->(x)
SET r.role = row.role, r.source = row.source, r.recordedAt = date(row.recordedAt), r.confidence = row.confidence,
    r.sensitive = coalesce(row.sensitive, r.sensitive),
    r.validFrom = coalesce(date(row.validFrom), r.validFrom), r.validTo = coalesce(date(row.validTo), r.validTo)
RETURN count(r) AS written
