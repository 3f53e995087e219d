// Streams what an import is checked against: every actor (id, normalised name from searchKey, country it is
// based in), the groups (with their kind), themes, activities (title, first day, country: a duplicate is another with
// the same three) and the countries with their names.
// Editors only call it, so sensitive actors are included.
// Params: none. Returns: kind ('ACTOR'|'GROUP'|'THEME'|'ACTIVITY'|'COUNTRY'), id, nameKey (actors; null otherwise),
// country (actors: the base country's id; activities: where held), name (countries; activities: the title),
// groupKind ('NETWORK'|'COALITION' for groups), date (activities: the first day, YYYY-MM-DD).
CALL () {
  MATCH (a:Actor)
  OPTIONAL MATCH (a)-[:BASED_IN]->(c:Country)
  RETURN 'ACTOR' AS kind, a.id AS id, split(coalesce(a.searchKey, ''), ' | ')[0] AS nameKey, c.id AS country, null AS name, null AS groupKind,
         null AS date
  UNION ALL
  MATCH (g:Group)
  RETURN 'GROUP' AS kind, g.id AS id, null AS nameKey, null AS country, null AS name,
         CASE WHEN g:Network THEN 'NETWORK' WHEN g:Coalition THEN 'COALITION' END AS groupKind, null AS date
  UNION ALL
  MATCH (t:Theme)
  RETURN 'THEME' AS kind, t.id AS id, null AS nameKey, null AS country, null AS name, null AS groupKind, null AS date
  UNION ALL
  MATCH (x:Activity)
  RETURN 'ACTIVITY' AS kind, x.id AS id, null AS nameKey,
         COLLECT { MATCH (x)-[:HELD_IN]->(k:Country) RETURN k.id ORDER BY k.id }[0] AS country, x.name AS name,
         null AS groupKind, toString(x.date) AS date
  UNION ALL
  MATCH (c:Country)
  RETURN 'COUNTRY' AS kind, c.id AS id, null AS nameKey, null AS country, c.name AS name, null AS groupKind, null AS date
}
RETURN kind, id, nameKey, country, name, groupKind, date
