// Recent changes, newest first, filtered (the whole trail; changes-of-entity.cypher reads one item's history).
// Params: $from, $to (ISO date-times, inclusive; always given, so the change_at index bounds the scan and gives the
// order), $entityKind, $username (each null for any), $limit. Returns rows: change, undoneBy (the undo's id or null).
MATCH (c:Change)
WHERE c.at >= datetime($from) AND c.at <= datetime($to)
  AND ($entityKind IS NULL OR c.entityKind = $entityKind)
  AND ($username IS NULL OR c.username = $username)
WITH c
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
RETURN c AS change, COLLECT { MATCH (u:Change {undoOf: c.id}) RETURN u.id }[0] AS undoneBy
ORDER BY c.at DESC, c.id DESC
