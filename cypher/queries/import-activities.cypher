// Writes an import's learning activities as their rows give them (title, type, days, country, themes, description,
// outcomes, source; a blank cell clears), except a null status, which keeps the stored one (a new activity: HELD when
// it has started, PLANNED otherwise). A new activity starts at version 1; a stored one moves to its next version only
// when something changes, so an edit begun before the import gets CONFLICT and re-importing a file changes nothing.
// Participants are written separately (import-participations), as they may come from another file.
// Params: $rows [{id, name, type, date, endDate (null: one day), status (or null), country, description, outcomes,
// source, themes [id]}], $now. Returns written.
UNWIND $rows AS row
MERGE (x:Activity {id: row.id})
ON CREATE SET x.createdAt = datetime($now), x.version = 0
WITH x, row,
     [coalesce(x.name, ''), coalesce(x.type, ''), coalesce(toString(x.date), ''), coalesce(toString(x.endDate), ''),
      coalesce(x.status, ''), coalesce(x.description, ''), coalesce(x.outcomes, ''), coalesce(x.source, ''),
      coalesce(COLLECT { MATCH (x)-[:HELD_IN]->(k:Country) RETURN k.id ORDER BY k.id }[0], '')]
     + COLLECT { MATCH (x)-[:ADDRESSES]->(t:Theme) RETURN t.id ORDER BY t.id } AS before
SET x.name = row.name, x.type = row.type, x.date = date(row.date),
    x.endDate = CASE WHEN row.endDate IS NULL THEN null ELSE date(row.endDate) END,
    x.status = coalesce(row.status, x.status, CASE WHEN date(row.date) > date() THEN 'PLANNED' ELSE 'HELD' END),
    x.description = row.description, x.outcomes = row.outcomes, x.source = row.source
WITH x, row, before
CALL (x, row) {
  OPTIONAL MATCH (x)-[old:HELD_IN]->(k:Country)
  WHERE k.id <> row.country
  DELETE old
  WITH DISTINCT x, row
  MATCH (k:Country {id: row.country})
  MERGE (x)-[:HELD_IN]->(k)
}
CALL (x, row) {
  OPTIONAL MATCH (x)-[old:ADDRESSES]->(t:Theme)
  WHERE NOT t.id IN row.themes
  DELETE old
  WITH DISTINCT x, row
  UNWIND row.themes AS themeId
  MATCH (t:Theme {id: themeId})
  MERGE (x)-[:ADDRESSES]->(t)
}
WITH x, before,
     [x.name, x.type, toString(x.date), coalesce(toString(x.endDate), ''), x.status, coalesce(x.description, ''),
      coalesce(x.outcomes, ''), coalesce(x.source, ''),
      coalesce(COLLECT { MATCH (x)-[:HELD_IN]->(k:Country) RETURN k.id ORDER BY k.id }[0], '')]
     + COLLECT { MATCH (x)-[:ADDRESSES]->(t:Theme) RETURN t.id ORDER BY t.id } AS after
SET x.version = CASE WHEN x.version = 0 THEN 1 WHEN before <> after THEN coalesce(x.version, 1) + 1
                     ELSE coalesce(x.version, 1) END,
    x.updatedAt = CASE WHEN before <> after THEN datetime($now) ELSE x.updatedAt END
RETURN count(x) AS written
