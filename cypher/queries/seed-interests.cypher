// Upserts actor interests in themes. Params: $rows [{actor, theme, position, priority, source, recordedAt, confidence, sensitive (optional: absent keeps the link's flag)}].
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (t:Theme {id: row.theme})
MERGE (a)-[r:INTERESTED_IN]->(t)
SET r.position = row.position, r.priority = row.priority, r.source = row.source,
    r.recordedAt = date(row.recordedAt), r.confidence = row.confidence,
    r.sensitive = coalesce(row.sensitive, r.sensitive)
RETURN count(r) AS written
