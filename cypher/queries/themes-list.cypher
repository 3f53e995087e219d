// Every theme with the number of visible actors interested in it, by position.
// Params: $canSeeSensitive. Returns rows: theme, actorCount, supports, opposes, mixed.
MATCH (t:Theme)
CALL (t) {
  OPTIONAL MATCH (a:Actor)-[r:INTERESTED_IN]->(t)
  WHERE $canSeeSensitive OR (NOT a.sensitive AND NOT coalesce(r.sensitive, false))
  RETURN count(a) AS actorCount,
         count(CASE WHEN r.position = 'SUPPORTS' THEN 1 END) AS supports,
         count(CASE WHEN r.position = 'OPPOSES' THEN 1 END) AS opposes,
         count(CASE WHEN r.position = 'MIXED' THEN 1 END) AS mixed
}
RETURN t AS theme, actorCount, supports, opposes, mixed
ORDER BY t.name
