// A coalition (or network), its agenda and its visible members, for finding who has a stake in its themes
// but is absent from it. The agenda is the group's focus themes. Stakeholders are scored from the in-memory
// actor index, checked against the data fingerprint (see alignment-index.cypher).
// Params: $groupId, $canSeeSensitive.
// Returns no row when the group does not exist; otherwise fingerprint, group {id, name, acronym, kind},
// agenda [themeId], members [id] (visible members through visible memberships, any confidence).
CALL () {
  // Counts from Neo4j's count store (no scan): every change goes through the audit trail, so the number of
  // Change nodes moves with each write; seeding moves the load time, a restore the counts.
  RETURN [COUNT { (:Actor) }, COUNT { (:Change) }, COUNT { ()-[:INTERESTED_IN]->() },
          COLLECT { MATCH (t:Theme) WITH t ORDER BY t.id RETURN collect(t.id + "=" + t.name) }[0],
          COLLECT { MATCH (m:DatasetMeta) RETURN toString(m.loadedAt) }[0]] AS fingerprint
}
MATCH (g:Group {id: $groupId})
RETURN fingerprint,
  g { .id, .name, .acronym, kind: CASE WHEN g:Coalition THEN 'COALITION' ELSE 'NETWORK' END } AS group,
  COLLECT { MATCH (g)-[:FOCUSES_ON]->(t:Theme) RETURN t.id ORDER BY t.id } AS agenda,
  COLLECT {
    MATCH (g)<-[m:MEMBER_OF]-(a:Actor)
    WHERE $canSeeSensitive OR (NOT a.sensitive AND NOT coalesce(m.sensitive, false))
    RETURN a.id
  } AS members
