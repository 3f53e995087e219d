// Records one change in the audit trail (same transaction as the change itself).
// Params: $change {id, userId, username, action, entityKind, entityId, summary, before, after, undoOf}, $now.
// before/after are JSON snapshots (null for "did not exist"). Returns change.
CREATE (c:Change)
SET c = $change, c.at = datetime($now)
RETURN c AS change
