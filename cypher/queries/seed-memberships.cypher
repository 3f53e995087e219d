// Upserts memberships of networks and coalitions. Params: $rows [{actor, group, role, since, source, recordedAt, confidence, sensitive (optional: absent keeps the link's flag)}].
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (g:Group {id: row.group})
MERGE (a)-[r:MEMBER_OF]->(g)
SET r.role = row.role, r.since = row.since, r.source = row.source,
    r.recordedAt = date(row.recordedAt), r.confidence = row.confidence,
    r.sensitive = coalesce(row.sensitive, r.sensitive)
RETURN count(r) AS written
