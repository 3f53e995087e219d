// Upserts shared-interest themes. Params: $rows [{id, name, description}]. Returns the count written.
UNWIND $rows AS row
MERGE (t:Theme {id: row.id})
SET t.name = row.name, t.description = row.description
RETURN count(t) AS written
