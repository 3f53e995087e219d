// One change, and whether it has been undone already. Params: $id. Returns change, undoneBy (id or null).
MATCH (c:Change {id: $id})
OPTIONAL MATCH (u:Change {undoOf: c.id})
RETURN c AS change, u.id AS undoneBy
