// Changes a group whose version still equals $version. $activeIn / $focusThemes replace the links when not null.
// Params: $id, $version, $props, $activeIn, $focusThemes, $now. Returns group and kind, or no row on a version clash.
MATCH (g:Group {id: $id})
WHERE g.version = $version
SET g += $props, g.version = g.version + 1, g.updatedAt = datetime($now)
WITH g
CALL (g) {
  WITH g WHERE $activeIn IS NOT NULL
  OPTIONAL MATCH (g)-[old:ACTIVE_IN]->(:Country)
  DELETE old
  WITH DISTINCT g
  UNWIND $activeIn AS code
  MATCH (c:Country {id: code})
  CREATE (g)-[:ACTIVE_IN]->(c)
}
CALL (g) {
  WITH g WHERE $focusThemes IS NOT NULL
  OPTIONAL MATCH (g)-[old:FOCUSES_ON]->(:Theme)
  DELETE old
  WITH DISTINCT g
  UNWIND $focusThemes AS themeId
  MATCH (t:Theme {id: themeId})
  CREATE (g)-[:FOCUSES_ON]->(t)
}
RETURN g AS group, CASE WHEN g:Network THEN 'NETWORK' ELSE 'COALITION' END AS kind,
       COLLECT { MATCH (g)-[:ACTIVE_IN]->(c:Country) RETURN c { .id, .name } ORDER BY c.name } AS countries,
       COLLECT { MATCH (g)-[:FOCUSES_ON]->(t:Theme) RETURN t { .id, .name } ORDER BY t.name } AS themes,
       COUNT { MATCH (:Actor)-[:MEMBER_OF]->(g) } AS memberCount
