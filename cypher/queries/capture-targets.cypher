// What is recorded now about each captured entry's target: its actor, partner, theme or group, the link it would add
// or change (the actor's position on the theme, its membership of the group, the collaboration between the pair),
// and, for a new actor, an actor already recorded with the same name (first name key) in the same base country.
// Sees everything, sensitive included: captures are read only by analysts and administrators.
// Params: $targets [{key, actorId, partnerId, groupId, themeId, nameKey, basedIn}].
// Returns key, actor, partner, theme, grp (maps or null), interest, membership, collaboration (link maps or null),
// duplicate (map or null).
UNWIND $targets AS t
OPTIONAL MATCH (a:Actor {id: t.actorId})
OPTIONAL MATCH (p:Actor {id: t.partnerId})
OPTIONAL MATCH (th:Theme {id: t.themeId})
OPTIONAL MATCH (g:Group {id: t.groupId})
CALL (a, th) {
  OPTIONAL MATCH (a)-[i:INTERESTED_IN]->(th)
  RETURN i LIMIT 1
}
CALL (a, g) {
  OPTIONAL MATCH (a)-[m:MEMBER_OF]->(g)
  RETURN m LIMIT 1
}
CALL (a, p) {
  OPTIONAL MATCH (a)-[k:COLLABORATES_WITH]-(p)
  RETURN k LIMIT 1
}
CALL (t) {
  OPTIONAL MATCH (d:Actor)
  WHERE t.nameKey IS NOT NULL AND d.searchKey STARTS WITH t.nameKey
    AND split(d.searchKey, ' | ')[0] = t.nameKey
    AND (t.basedIn IS NULL OR EXISTS { (d)-[:BASED_IN]->(:Country {id: t.basedIn}) })
  RETURN d ORDER BY d.id LIMIT 1
}
RETURN t.key AS key,
       CASE WHEN a IS NULL THEN null ELSE a {.id, .name, .sensitive, .version} END AS actor,
       CASE WHEN p IS NULL THEN null ELSE p {.id, .name, .sensitive} END AS partner,
       CASE WHEN th IS NULL THEN null ELSE th {.id, .name} END AS theme,
       CASE WHEN g IS NULL THEN null ELSE g {.id, .name} END AS grp,
       CASE WHEN i IS NULL THEN null ELSE i {.position, .priority, .source, .confidence, .sensitive,
         recordedAt: toString(i.recordedAt)} END AS interest,
       CASE WHEN m IS NULL THEN null ELSE m {.role, .since, .source, .confidence, .sensitive,
         recordedAt: toString(m.recordedAt)} END AS membership,
       CASE WHEN k IS NULL THEN null ELSE k {.kind, .since, .source, .confidence, .sensitive,
         recordedAt: toString(k.recordedAt)} END AS collaboration,
       CASE WHEN d IS NULL THEN null ELSE d {.id, .name, .sensitive} END AS duplicate
