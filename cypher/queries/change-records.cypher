// Records many changes in the audit trail at once (an import's change to each existing actor it updates), in the
// same transaction as the changes. Params: $changes [{id, userId, username, action, entityKind, entityId, summary,
// before, after, undoOf}], $now. before/after are JSON snapshots. Returns recorded.
UNWIND $changes AS change
CREATE (c:Change)
SET c = change, c.at = datetime($now)
RETURN count(c) AS recorded
