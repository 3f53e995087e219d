// One item's history, newest first, filtered as changes-list.cypher is. Params: $entityId, $from, $to (ISO
// date-times, inclusive), $entityKind, $username (each null for any), $limit. Returns rows: change, undoneBy (the
// undo's id or null). The hint keeps the planner on the item's own changes: the date range bounds every query too,
// and a planner that walks the whole trail by date to find one item's few changes reads all of it.
MATCH (c:Change {entityId: $entityId})
USING INDEX c:Change(entityId)
WHERE c.at >= datetime($from) AND c.at <= datetime($to)
  AND ($entityKind IS NULL OR c.entityKind = $entityKind)
  AND ($username IS NULL OR c.username = $username)
WITH c
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
RETURN c AS change, COLLECT { MATCH (u:Change {undoOf: c.id}) RETURN u.id }[0] AS undoneBy
ORDER BY c.at DESC, c.id DESC
