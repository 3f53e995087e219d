// Makes sure the closed list of countries exists before an import links actors to them; existing names
// are kept. Params: $rows [{id, name}]. Returns the count.
UNWIND $rows AS row
MERGE (c:Country {id: row.id})
ON CREATE SET c.name = row.name
RETURN count(c) AS written
