// Changes an activity whose version still equals $version, bumping it. $country and $themes replace the links when
// not null. Params: $id, $version, $props {name, type, status, description, outcomes} (all of them: a null removes),
// $date, $endDate (YYYY-MM-DD; $endDate null for a one-day activity), $country, $themes, $now.
// Returns id, or no row when the version moved on.
MATCH (x:Activity {id: $id})
WHERE coalesce(x.version, 1) = $version
SET x += $props, x.date = date($date), x.endDate = CASE WHEN $endDate IS NULL THEN null ELSE date($endDate) END,
    x.version = coalesce(x.version, 1) + 1, x.updatedAt = datetime($now)
WITH x
CALL (x) {
  WITH x WHERE $country IS NOT NULL
  OPTIONAL MATCH (x)-[old:HELD_IN]->(:Country)
  DELETE old
  WITH DISTINCT x
  MATCH (k:Country {id: $country})
  CREATE (x)-[:HELD_IN]->(k)
}
CALL (x) {
  WITH x WHERE $themes IS NOT NULL
  OPTIONAL MATCH (x)-[old:ADDRESSES]->(:Theme)
  DELETE old
  WITH DISTINCT x
  UNWIND $themes AS themeId
  MATCH (t:Theme {id: themeId})
  CREATE (x)-[:ADDRESSES]->(t)
}
RETURN x.id AS id
