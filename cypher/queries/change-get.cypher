// One change, and whether it has been undone already. Params: $id. Returns change, undoneBy (id or null).
MATCH (c:Change {id: $id})
RETURN c AS change, COLLECT { MATCH (u:Change {undoOf: c.id}) RETURN u.id }[0] AS undoneBy
