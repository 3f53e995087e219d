// Creates a network or coalition with its countries and themes (references checked beforehand).
// Params: $group {id, name, acronym, description, founded}, $kind, $activeIn [code], $focusThemes [id], $now.
// Returns: group, kind.
CREATE (g:Group)
SET g = $group, g.createdAt = datetime($now), g.updatedAt = datetime($now), g.version = 1
WITH g
CALL (g) { WITH g WHERE $kind = 'NETWORK' SET g:Network }
CALL (g) { WITH g WHERE $kind = 'COALITION' SET g:Coalition }
CALL (g) { UNWIND $activeIn AS code MATCH (c:Country {id: code}) CREATE (g)-[:ACTIVE_IN]->(c) }
CALL (g) { UNWIND $focusThemes AS themeId MATCH (t:Theme {id: themeId}) CREATE (g)-[:FOCUSES_ON]->(t) }
RETURN g AS group, $kind AS kind,
       COLLECT { MATCH (g)-[:ACTIVE_IN]->(c:Country) RETURN c { .id, .name } ORDER BY c.name } AS countries,
       COLLECT { MATCH (g)-[:FOCUSES_ON]->(t:Theme) RETURN t { .id, .name } ORDER BY t.name } AS themes,
       0 AS memberCount
