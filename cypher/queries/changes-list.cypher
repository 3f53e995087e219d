// Recent changes, newest first, optionally for one entity. Params: $entityId (or null), $limit. Returns rows: change.
MATCH (c:Change)
WHERE $entityId IS NULL OR c.entityId = $entityId
RETURN c AS change
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
