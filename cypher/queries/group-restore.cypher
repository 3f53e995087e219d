// Puts a network or coalition back as a snapshot recorded it: properties, kind, countries and focus themes, and the
// members when the snapshot carries them (the state before a deletion). With $snapshot null the group did not exist:
// it is deleted with its links. Params: $id, $snapshot {props, kind, countries [code], themes [id],
// members [{actorId, props}] or null} or null, $version (the version it gets), $now. Links to things that no longer
// exist are skipped; memberships not in the snapshot are left as they are. Returns restored (bool).
OPTIONAL MATCH (existing:Group {id: $id})
CALL (existing) {
  WITH existing WHERE existing IS NOT NULL AND $snapshot IS NULL
  DETACH DELETE existing
}
WITH 1 AS _
CALL () {
  WITH 1 AS _ WHERE $snapshot IS NOT NULL
  MERGE (g:Group {id: $id})
  WITH g
  OPTIONAL MATCH (g)-[old:ACTIVE_IN|FOCUSES_ON]->()
  DELETE old
  WITH DISTINCT g
  REMOVE g:Network:Coalition
  SET g = $snapshot.props, g.createdAt = datetime($snapshot.props.createdAt), g.updatedAt = datetime($now),
      g.version = $version
  WITH g
  CALL (g) { WITH g WHERE $snapshot.kind = 'NETWORK' SET g:Network }
  CALL (g) { WITH g WHERE $snapshot.kind = 'COALITION' SET g:Coalition }
  CALL (g) { UNWIND $snapshot.countries AS code MATCH (c:Country {id: code}) CREATE (g)-[:ACTIVE_IN]->(c) }
  CALL (g) { UNWIND $snapshot.themes AS themeId MATCH (t:Theme {id: themeId}) CREATE (g)-[:FOCUSES_ON]->(t) }
  CALL (g) {
    UNWIND coalesce($snapshot.members, []) AS m
    MATCH (a:Actor {id: m.actorId})
    MERGE (a)-[r:MEMBER_OF]->(g)
    SET r = m.props, r.recordedAt = date(m.props.recordedAt)
  }
}
RETURN true AS restored
