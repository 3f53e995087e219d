// The visible actors among the given ids, plus the data fingerprint
// (see alignment-index.cypher) so the caller can tell whether its in-memory actor index is current.
// Hidden and unknown ids are both simply absent, so the caller answers NOT_FOUND alike for both.
// Params: $ids, $canSeeSensitive.
// Returns one row: fingerprint, ids [id]. Who collaborates with whom comes from the actor index.
CALL () {
  // Counts from Neo4j's count store (no scan): every change goes through the audit trail, so the number of
  // Change nodes moves with each write; seeding moves the load time, a restore the counts.
  RETURN [COUNT { (:Actor) }, COUNT { (:Change) }, COUNT { ()-[:INTERESTED_IN]->() },
          COLLECT { MATCH (t:Theme) WITH t ORDER BY t.id RETURN collect(t.id + "=" + t.name) }[0],
          COLLECT { MATCH (m:DatasetMeta) RETURN toString(m.loadedAt) }[0]] AS fingerprint
}
CALL () {
  UNWIND $ids AS actorId
  MATCH (a:Actor {id: actorId})
  WHERE $canSeeSensitive OR NOT a.sensitive
  RETURN collect(DISTINCT a) AS actors
}
RETURN fingerprint, [a IN actors | a.id] AS ids
