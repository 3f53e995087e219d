// Upserts memberships of networks and coalitions. Params: $rows [{actor, group, role, since, source, recordedAt, confidence}].
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (g:Group {id: row.group})
MERGE (a)-[r:MEMBER_OF]->(g)
SET r.role = row.role, r.since = row.since, r.source = row.source,
    r.recordedAt = date(row.recordedAt), r.confidence = row.confidence
RETURN count(r) AS written
