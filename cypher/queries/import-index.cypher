// Streams what an import is checked against: every actor (id, normalised name from searchKey, country it is
// based in) and the ids of groups, themes and activities. Editors only call it, so sensitive actors are included.
// Params: none. Returns: kind ('ACTOR'|'GROUP'|'THEME'|'ACTIVITY'), id, nameKey (actors; null otherwise), country.
CALL () {
  MATCH (a:Actor)
  OPTIONAL MATCH (a)-[:BASED_IN]->(c:Country)
  RETURN 'ACTOR' AS kind, a.id AS id, split(coalesce(a.searchKey, ''), ' | ')[0] AS nameKey, c.id AS country
  UNION ALL
  MATCH (g:Group)
  RETURN 'GROUP' AS kind, g.id AS id, null AS nameKey, null AS country
  UNION ALL
  MATCH (t:Theme)
  RETURN 'THEME' AS kind, t.id AS id, null AS nameKey, null AS country
  UNION ALL
  MATCH (x:Activity)
  RETURN 'ACTIVITY' AS kind, x.id AS id, null AS nameKey, null AS country
}
RETURN kind, id, nameKey, country
