// Upserts actor interests in themes. Params: $rows [{actor, theme, position, priority, source, recordedAt, confidence, sensitive (optional: absent keeps the link's flag),
// validFrom, validTo (ISO dates), historyPositions, historyFrom (ISO dates), historySources, historyConfidences (parallel
// lists, oldest first; each optional: absent keeps the link's value)}].
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (t:Theme {id: row.theme})
MERGE (a)-[r:INTERESTED_IN]->(t)
SET r.position = row.position, r.priority = row.priority, r.source = row.source,
    r.recordedAt = date(row.recordedAt), r.confidence = row.confidence,
    r.sensitive = coalesce(row.sensitive, r.sensitive),
    r.validFrom = coalesce(date(row.validFrom), r.validFrom), r.validTo = coalesce(date(row.validTo), r.validTo),
    r.historyPositions = coalesce(row.historyPositions, r.historyPositions),
    r.historyFrom = coalesce([d IN row.historyFrom | date(d)], r.historyFrom),
    r.historySources = coalesce(row.historySources, r.historySources),
    r.historyConfidences = coalesce(row.historyConfidences, r.historyConfidences)
RETURN count(r) AS written
