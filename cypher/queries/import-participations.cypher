// Upserts actors' participation in learning activities (an import's PARTICIPATED_IN edges; the activity may
// be in the same import or already in the database). Params: $rows [{actor, activity, role, source, recordedAt,
// confidence, sensitive (null keeps the link's flag)}].
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (x:Activity {id: row.activity})
MERGE (a)-[r:PARTICIPATED_IN]->(x)
SET r.role = row.role, r.source = row.source, r.recordedAt = date(row.recordedAt), r.confidence = row.confidence,
    r.sensitive = coalesce(row.sensitive, r.sensitive)
RETURN count(r) AS written
