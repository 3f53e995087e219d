// Upserts countries (and the regional scope). Params: $rows [{id, name}]. Returns the count written.
UNWIND $rows AS row
MERGE (c:Country {id: row.id})
SET c.name = row.name
RETURN count(c) AS written
