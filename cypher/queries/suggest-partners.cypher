// The network around one actor, for partner suggestions: who it is already linked to, its groups and
// co-members, and the nodes one and two steps out through collaborations and memberships (the caller
// meets them with the candidates' own neighbours, from suggest-partners-neighbours, to find actors two or
// three steps away). Never through a node or link the caller may not see. Theme interests come from the
// in-memory actor index, checked against the data fingerprint (see alignment-index.cypher).
// Params: $actorId, $canSeeSensitive, $confidences (accepted confidence levels of collaboration and
// membership links on paths), $asOf (a DATE: the network as it stood that day; links and nodes outside their validity
// are left out).
// Returns no row when the actor is missing or hidden; otherwise fingerprint, linked [id] (visible
// collaborations of any confidence), hop1 [key] and hop2 [[key, parentKey]] where a key is "actor:<id>" or
// "group:<id>" (actor names come from the index), groupNames [[id, name]] for the groups among them.
CALL () {
  // Counts from Neo4j's count store (no scan): every change goes through the audit trail, so the number of
  // Change nodes moves with each write; seeding moves the load time, a restore the counts.
  RETURN [COUNT { (:Actor) }, COUNT { (:Change) }, COUNT { ()-[:INTERESTED_IN]->() },
          COLLECT { MATCH (t:Theme) WITH t ORDER BY t.id RETURN collect(t.id + "=" + t.name) }[0],
          COLLECT { MATCH (m:DatasetMeta) RETURN toString(m.loadedAt) }[0]] AS fingerprint
}
MATCH (me:Actor {id: $actorId})
WHERE $canSeeSensitive OR NOT me.sensitive
CALL (me) {
  OPTIONAL MATCH (me)-[r:COLLABORATES_WITH]-(b:Actor)
  WHERE ($canSeeSensitive OR (NOT b.sensitive AND NOT coalesce(r.sensitive, false)))
    AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf) AND (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf)
  RETURN collect(DISTINCT b.id) AS linked
}
CALL (me) {
  OPTIONAL MATCH (me)-[r:COLLABORATES_WITH|MEMBER_OF]-(x)
  WHERE (x:Actor OR x:Group) AND coalesce(r.confidence, 'HIGH') IN $confidences
    AND ($canSeeSensitive OR (NOT coalesce(x.sensitive, false) AND NOT coalesce(r.sensitive, false)))
    AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf) AND (x.validFrom IS NULL OR x.validFrom <= $asOf) AND (x.validTo IS NULL OR x.validTo >= $asOf)
  RETURN collect(DISTINCT x) AS hop1
}
CALL (me, hop1) {
  UNWIND hop1 AS h
  MATCH (h)-[r:COLLABORATES_WITH|MEMBER_OF]-(y)
  WHERE y <> me AND (y:Actor OR y:Group) AND coalesce(r.confidence, 'HIGH') IN $confidences
    AND ($canSeeSensitive OR (NOT coalesce(y.sensitive, false) AND NOT coalesce(r.sensitive, false)))
    AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf) AND (y.validFrom IS NULL OR y.validFrom <= $asOf) AND (y.validTo IS NULL OR y.validTo >= $asOf)
  RETURN collect({ node: y, parent: h }) AS hop2
}
WITH fingerprint, linked, hop1, [x IN hop2 WHERE NOT x.node IN hop1] AS hop2
RETURN fingerprint, linked,
  [h IN hop1 | CASE WHEN h:Group THEN 'group:' ELSE 'actor:' END + h.id] AS hop1,
  [x IN hop2 | [CASE WHEN x.node:Group THEN 'group:' ELSE 'actor:' END + x.node.id,
                CASE WHEN x.parent:Group THEN 'group:' ELSE 'actor:' END + x.parent.id]] AS hop2,
  [g IN hop1 WHERE g:Group | [g.id, g.name]] + [x IN hop2 WHERE x.node:Group | [x.node.id, x.node.name]] AS groupNames
